/**
 * Each `a.term` (the first use on a reading page of an acronym or a term of art,
 * src/components/AcronymText.astro) becomes, on arrival, a button with a polite live region
 * beside it; what the button does (src/scripts/toggletips.ts) is fetched when a reader first
 * reaches for one. Without scripts the word stays a link to its glossary entry.
 */
import { onFirstUse } from './lib/on-first-use.ts';

const links = document.querySelectorAll<HTMLAnchorElement>('a.term');
if (links.length > 0) {
  for (const link of links) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'toggletip';
    button.dataset.glossary = link.href;
    button.setAttribute('aria-label', `${(link.textContent ?? '').trim()}: what it means`);
    button.append(...link.childNodes);
    const region = document.createElement('span');
    region.className = 'toggletip-region';
    region.setAttribute('role', 'status');
    link.replaceWith(button, region);
  }
  onFirstUse(
    'button.toggletip',
    () => import('./toggletips.ts'),
    (button, toggletips) => void toggletips.then((loaded) => loaded.toggle(button as HTMLButtonElement)),
  );
}
