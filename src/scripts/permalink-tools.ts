/**
 * Copy link / Cite: turns each permalink anchor (`a.permalink[data-cite]`) into two buttons.
 *
 * "Copy link" copies the anchor's absolute URL; "Cite" copies `{data-cite}. {absolute URL}`, the
 * site's citation format (src/lib/citation.ts: pages render `data-cite` with `citationText`).
 * The result is announced through one polite live region. Without scripts the anchor stays a
 * plain link. Loaded as a bundled file (never inline) so it runs under a CSP without
 * 'unsafe-inline'. Any page may use it: give an anchor `class="permalink"`, `data-cite`
 * (the citation before the URL) and `data-label` (what it links to, e.g. "paragraph 12").
 */
import { withUrl } from '../lib/citation.ts';
import { copyText } from './lib/clipboard.ts';
import { politeRegion } from './lib/live-region.ts';

function button(label: string, hidden: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.append(label);
  const extra = document.createElement('span');
  extra.className = 'visually-hidden';
  extra.textContent = ` ${hidden}`;
  b.append(extra);
  return b;
}

function enhance(anchor: HTMLAnchorElement, region: HTMLElement): void {
  const href = anchor.href; // absolute, resolved against the page: right under any host and base path
  const citation = withUrl(anchor.dataset.cite ?? '', href);
  const what = anchor.dataset.label ?? 'this';
  const copyLink = button('Copy link', `to ${what}`);
  const cite = button('Cite', what);
  const announce = (message: string) => {
    // Note: clearing first makes a repeated message ("Link copied" twice) be announced again.
    region.textContent = '';
    window.setTimeout(() => (region.textContent = message), 50);
  };
  copyLink.addEventListener('click', async () => {
    announce((await copyText(href)) ? 'Link copied' : `Could not copy. The link is ${href}`);
  });
  cite.addEventListener('click', async () => {
    announce((await copyText(citation)) ? 'Citation copied' : `Could not copy. The citation is ${citation}`);
  });
  anchor.replaceWith(copyLink, cite);
}

const anchors = document.querySelectorAll<HTMLAnchorElement>('a.permalink[data-cite]');
if (anchors.length > 0) {
  const region = politeRegion('copy-status');
  anchors.forEach((a) => enhance(a, region));
}
