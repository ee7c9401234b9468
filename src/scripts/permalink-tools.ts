/**
 * Copy link / Cite: turns each permalink anchor (`a.permalink[data-cite]`) into two buttons.
 *
 * "Copy link" copies the anchor's absolute URL and says "Link copied" beside itself. "Cite"
 * opens a small panel under the tools that shows the citation, `{data-cite}. {absolute URL}`
 * (the site's one format, src/lib/citation.ts: pages render `data-cite` with `citationText`),
 * with its own "Copy citation" button. The text is there to read and select, so citing works
 * where the clipboard is refused: the panel then selects it and says how to copy it by hand
 * (a refused "Copy link" shows the link there too). What happens is also said once in a
 * polite live region for screen readers; the visible words are hidden from them so nothing is
 * read twice.
 *
 * Without scripts the anchor stays a plain link. Loaded as a bundled file (never inline) so it
 * runs under a CSP without 'unsafe-inline'. Any page may use it: give an anchor
 * `class="permalink"`, `data-cite` (the citation before the URL) and `data-label` (what it links
 * to, e.g. "paragraph 12").
 */
import { withUrl } from '../lib/citation.ts';
import { copyText } from './lib/clipboard.ts';
import { politeRegion } from './lib/live-region.ts';

/** How long a "copied" note stays beside its button. */
const NOTE_MS = 6000;
const MANUAL_COPY = 'Could not copy here: the text below is selected, so copy it with your device’s copy command.';

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

/** A visible note beside a button ("Link copied"); screen readers hear the live region instead. */
function note(): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = 'tool-note';
  span.setAttribute('aria-hidden', 'true');
  return span;
}

/** Selects the text of an element, so a reader can copy it with the device's own command. */
function selectText(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

let panels = 0;

function enhance(anchor: HTMLAnchorElement, region: HTMLElement): void {
  const href = anchor.href; // absolute, resolved against the page: right under any host and base path
  const citation = withUrl(anchor.dataset.cite ?? '', href);
  const what = anchor.dataset.label ?? 'this';
  const tools = anchor.parentElement!;
  const copyLink = button('Copy link', `to ${what}`);
  const linkNote = note();
  const cite = button('Cite', what);

  const id = `cite-panel-${++panels}`;
  const panel = document.createElement('div');
  panel.className = 'cite-panel';
  panel.id = id;
  panel.hidden = true;
  panel.setAttribute('role', 'group');
  const heading = document.createElement('p');
  heading.className = 'cite-heading';
  heading.id = `${id}-heading`;
  panel.setAttribute('aria-labelledby', heading.id);
  const text = document.createElement('p');
  text.className = 'cite-text';
  const copyCitation = button('Copy citation', `of ${what}`);
  const citationNote = note();
  const actions = document.createElement('p');
  actions.className = 'cite-actions';
  actions.append(copyCitation, citationNote);
  panel.append(heading, text, actions);
  cite.setAttribute('aria-expanded', 'false');
  cite.setAttribute('aria-controls', id);

  const timers = new Map<HTMLElement, number>();
  const say = (where: HTMLElement, visible: string, spoken = visible) => {
    where.textContent = visible;
    window.clearTimeout(timers.get(where));
    timers.set(where, window.setTimeout(() => (where.textContent = ''), NOTE_MS));
    // Note: clearing first makes a repeated message ("Link copied" twice) be announced again.
    region.textContent = '';
    window.setTimeout(() => (region.textContent = spoken), 50);
  };
  const show = (kind: 'citation' | 'link') => {
    heading.textContent = kind === 'citation' ? `Citation of ${what}` : `Link to ${what}`;
    text.textContent = kind === 'citation' ? citation : href;
    copyCitation.hidden = kind !== 'citation';
    panel.hidden = false;
    cite.setAttribute('aria-expanded', String(kind === 'citation'));
  };
  const hide = () => {
    panel.hidden = true;
    cite.setAttribute('aria-expanded', 'false');
  };

  copyLink.addEventListener('click', async () => {
    if (await copyText(href)) return say(linkNote, 'Link copied');
    show('link');
    selectText(text);
    say(linkNote, 'Could not copy', `${MANUAL_COPY} The link is ${href}`);
  });
  cite.addEventListener('click', () => {
    if (cite.getAttribute('aria-expanded') === 'true') hide();
    else show('citation');
  });
  copyCitation.addEventListener('click', async () => {
    if (await copyText(citation)) return say(citationNote, 'Citation copied');
    selectText(text);
    say(citationNote, MANUAL_COPY, `${MANUAL_COPY} The citation is ${citation}`);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    hide();
    cite.focus();
  });

  anchor.replaceWith(copyLink, linkNote, cite);
  tools.after(panel);
}

const anchors = document.querySelectorAll<HTMLAnchorElement>('a.permalink[data-cite]');
if (anchors.length > 0) {
  const region = politeRegion('copy-status');
  anchors.forEach((a) => enhance(a, region));
}
