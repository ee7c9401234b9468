/**
 * Toggletips: what each `button.toggletip` (made on arrival from an `a.term`, the first use on a
 * reading page of an acronym or a term of art, by src/scripts/toggletip-buttons.ts) does: it shows
 * its explanation on tap, click or Enter, and hides it on Escape, a second press or a tap
 * elsewhere. This module is fetched when a reader first reaches for one; the button's presses
 * come through `toggle`.
 *
 * The explanation is written into a polite live region beside the button when it opens, so it
 * is announced once (Heydon Pickering's toggletip pattern, inclusive-components.design), and
 * the region is emptied when it closes. An acronym's expansion is the report's own, read from
 * its `<abbr title>`; a term's explanation is the site's, fetched once from the glossary's
 * terms.json so reading pages do not carry its text. Built with the DOM rather than a library:
 * it is a few lines, and the reading page's script budget is small.
 */

interface Explained {
  explanation: string;
  source: string;
}

let explanations: Promise<Record<string, Explained>> | undefined;
let shown: { button: HTMLButtonElement; region: HTMLElement } | undefined;

/** The site's explanation of a term, or undefined where terms.json cannot be had (offline, unsaved). */
async function termExplanation(link: URL): Promise<Explained | undefined> {
  explanations ??= fetch(new URL('terms.json', link)).then((r) =>
    r.ok ? r.json() : Promise.reject(new Error(String(r.status))),
  );
  try {
    return (await explanations)[link.hash.replace(/^#term-/, '')];
  } catch {
    explanations = undefined;
    return undefined;
  }
}

/** The bubble's content for one marked word. */
async function bubble(href: URL, word: string, expansion: string | undefined): Promise<(Node | string)[]> {
  const name = document.createElement('strong');
  name.textContent = word;
  const note = document.createElement('span');
  note.className = 'toggletip-note';
  const more = document.createElement('a');
  more.href = href.href;
  more.textContent = `${word} in the glossary`;
  if (expansion !== undefined) {
    note.textContent = 'As the report defines it.';
    return [name, `: ${expansion}. `, note, ' ', more];
  }
  const term = await termExplanation(href);
  if (!term) {
    note.textContent = 'The explanation could not be loaded here; the glossary has it.';
    return [name, note, ' ', more];
  }
  note.textContent = `The site's explanation, not the report's words. Source: ${term.source}.`;
  return [name, `: ${term.explanation} `, note, ' ', more];
}

function close(): void {
  if (!shown) return;
  shown.region.replaceChildren();
  shown.button.classList.remove('is-open');
  shown = undefined;
}

/** A press of a toggletip: opens its explanation, or closes it if it was open. */
export async function toggle(button: HTMLButtonElement): Promise<void> {
  const region = button.nextElementSibling as HTMLElement;
  const wasOpen = shown?.button === button;
  close();
  if (wasOpen) return;
  shown = { button, region };
  button.classList.add('is-open');
  const word = (button.textContent ?? '').trim();
  const content = await bubble(new URL(button.dataset.glossary!), word, button.querySelector('abbr')?.title);
  if (shown?.button !== button) return;
  const box = document.createElement('span');
  box.className = 'toggletip-bubble';
  box.append(...content);
  region.replaceChildren(box);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !shown) return;
  const { button, region } = shown;
  const focusWasInside = region.contains(document.activeElement);
  close();
  if (focusWasInside) button.focus();
});
document.addEventListener('click', (event) => {
  const target = event.target as Node;
  if (shown && !shown.button.contains(target) && !shown.region.contains(target)) close();
});
