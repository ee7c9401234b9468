/**
 * Share: what the menu beside each permalink anchor (`a.permalink[data-cite]`) does: Copy link,
 * Cite, Quote (Add to pack, src/scripts/add-to-pack.ts, joins it at the same first use). The Share
 * button and the empty menu are made on arrival (src/scripts/share-buttons.ts), which loads this module
 * when a reader first reaches for a Share button, opens and closes the menu itself, and has
 * this module fill it the first time it opens (`fillMenu`) and close its panels (`closePanels`).
 *
 * "Share" is a disclosure button (aria-expanded): Escape anywhere in the menu or its panels
 * closes them and puts the focus back on it. "Copy link" copies the anchor's absolute URL and
 * says "Link copied". "Cite" opens a panel with the citation, `{data-cite}. {absolute URL}` (the
 * site's one format, src/lib/citation.ts), and its own "Copy citation" button. "Quote" opens a
 * panel listing the item's sentences; choosing one copies it as a quotation (src/scripts/quote.ts).
 * The text is there to read and select, so citing works where the clipboard is refused: the
 * panel then selects it and says how to copy it by hand. What happens is also said once in a
 * polite live region; the visible words are hidden from screen readers so nothing is read twice.
 *
 * Loaded as a bundled file (never inline) so it runs under a CSP without 'unsafe-inline'. Any
 * page may use it: give an anchor `class="permalink"`, `data-cite` (the citation before the URL)
 * and `data-label` (what it links to, e.g. "paragraph 12").
 */
import { withUrl } from '../lib/citation.ts';
import { copyText } from './lib/clipboard.ts';
import { labelledButton as button } from './lib/labelled-button.ts';
import { politeRegion } from './lib/live-region.ts';
import { quoteScopeOf, sentencesOf, copyQuote } from './quote.ts';

/** How long a "copied" note stays beside its button. */
const NOTE_MS = 6000;
const MANUAL_COPY = 'Could not copy here: the text below is selected, so copy it with your device’s copy command.';

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

/** A panel under the tools, labelled by its first line. */
function panel(kind: string): { box: HTMLDivElement; heading: HTMLParagraphElement } {
  const id = `${kind}-panel-${++panels}`;
  const box = document.createElement('div');
  box.className = kind === 'cite' ? 'cite-panel' : `cite-panel ${kind}-panel`;
  box.id = id;
  box.hidden = true;
  box.setAttribute('role', 'group');
  const heading = document.createElement('p');
  heading.className = 'cite-heading';
  heading.id = `${id}-heading`;
  box.setAttribute('aria-labelledby', heading.id);
  box.append(heading);
  return { box, heading };
}

/** The menu's own actions, put before Add to pack (already in the menu): Copy link, Cite and Quote. */
function addActions(menu: HTMLElement, what: string) {
  const linkNote = note();
  const copyLink = button('Copy link', `to ${what}`);
  const cite = button('Cite', what);
  const quote = button('Quote', what);
  menu.prepend(copyLink, linkNote, cite, quote);
  return { copyLink, linkNote, cite, quote };
}

type Say = (where: HTMLElement, visible: string, spoken?: string) => void;

/** Shows a short note beside a control for a few seconds and announces it once in `region`. */
function announcer(region: HTMLElement): Say {
  const timers = new Map<HTMLElement, number>();
  return (where, visible, spoken = visible) => {
    where.textContent = visible;
    window.clearTimeout(timers.get(where));
    timers.set(
      where,
      window.setTimeout(() => (where.textContent = ''), NOTE_MS),
    );
    // Clearing first makes a repeated message ("Link copied" twice) be announced again.
    region.textContent = '';
    window.setTimeout(() => (region.textContent = spoken), 50);
  };
}

/** The Cite panel that `cite` opens: the citation's text and its Copy citation button. */
function citePanelFor(what: string, cite: HTMLButtonElement) {
  const citePanel = panel('cite');
  const text = document.createElement('p');
  text.className = 'cite-text';
  const copyCitation = button('Copy citation', `of ${what}`);
  const citationNote = note();
  const actions = document.createElement('p');
  actions.className = 'cite-actions';
  actions.append(copyCitation, citationNote);
  citePanel.box.append(text, actions);
  cite.setAttribute('aria-expanded', 'false');
  cite.setAttribute('aria-controls', citePanel.box.id);
  return { citePanel, text, copyCitation, citationNote };
}

/** The Quote panel that `quote` opens: a list of the item's sentences to choose from. */
function quotePanelFor(what: string, quote: HTMLButtonElement) {
  const quotePanel = panel('quote');
  quotePanel.heading.textContent = `Choose a sentence of ${what} to copy as a quote`;
  const sentences = document.createElement('ul');
  sentences.className = 'quote-sentences';
  const quoteNote = note();
  const quoteText = document.createElement('p');
  quoteText.className = 'cite-text';
  quoteText.hidden = true;
  quotePanel.box.append(sentences, quoteNote, quoteText);
  quote.setAttribute('aria-expanded', 'false');
  quote.setAttribute('aria-controls', quotePanel.box.id);
  return { quotePanel, sentences, quoteNote, quoteText };
}

/** One sentence as a choice: pressing it copies the sentence as a quote, or shows it selected to copy by hand. */
function sentenceChoice(
  owner: HTMLElement,
  sentence: string,
  quoteText: HTMLElement,
  tell: (visible: string, spoken?: string) => void,
): HTMLLIElement {
  const item = document.createElement('li');
  const choose = document.createElement('button');
  choose.type = 'button';
  choose.textContent = sentence;
  choose.addEventListener('click', async () => {
    const result = await copyQuote(owner, sentence);
    quoteText.hidden = result.copied;
    if (result.copied) return tell('Quote copied');
    quoteText.textContent = result.text;
    selectText(quoteText);
    tell(MANUAL_COPY, `${MANUAL_COPY} The quote is ${result.text}`);
  });
  item.append(choose);
  return item;
}

/** Fills one item's menu and gives back what closes its panels. */
function enhance(share: HTMLButtonElement, menu: HTMLElement): () => void {
  const tools = share.parentElement!;
  const anchor = tools.querySelector<HTMLAnchorElement>('a.permalink[data-cite]')!;
  const region = politeRegion('copy-status');
  const href = anchor.href; // absolute, resolved against the page: right under any host and base path
  const citation = withUrl(anchor.dataset.cite ?? '', href);
  const what = anchor.dataset.label ?? 'this';
  const owner = tools.parentElement!;

  const { copyLink, linkNote, cite, quote } = addActions(menu, what);

  const { citePanel, text, copyCitation, citationNote } = citePanelFor(what, cite);
  const { quotePanel, sentences, quoteNote, quoteText } = quotePanelFor(what, quote);
  const say = announcer(region);
  const showCite = (kind: 'citation' | 'link') => {
    citePanel.heading.textContent = kind === 'citation' ? `Citation of ${what}` : `Link to ${what}`;
    text.textContent = kind === 'citation' ? citation : href;
    copyCitation.hidden = kind !== 'citation';
    citePanel.box.hidden = false;
    cite.setAttribute('aria-expanded', String(kind === 'citation'));
  };
  const hideCite = () => {
    citePanel.box.hidden = true;
    cite.setAttribute('aria-expanded', 'false');
  };
  const hideQuote = () => {
    quotePanel.box.hidden = true;
    quote.setAttribute('aria-expanded', 'false');
  };
  const closeAll = () => {
    hideCite();
    hideQuote();
    menu.hidden = true;
    share.setAttribute('aria-expanded', 'false');
  };

  copyLink.addEventListener('click', async () => {
    if (await copyText(href)) return say(linkNote, 'Link copied');
    showCite('link');
    selectText(text);
    say(linkNote, 'Could not copy', `${MANUAL_COPY} The link is ${href}`);
  });
  cite.addEventListener('click', () => {
    if (cite.getAttribute('aria-expanded') === 'true') hideCite();
    else showCite('citation');
  });
  copyCitation.addEventListener('click', async () => {
    if (await copyText(citation)) return say(citationNote, 'Citation copied');
    selectText(text);
    say(citationNote, MANUAL_COPY, `${MANUAL_COPY} The citation is ${citation}`);
  });
  quote.addEventListener('click', () => {
    if (quote.getAttribute('aria-expanded') === 'true') return hideQuote();
    const scope = quoteScopeOf(owner);
    sentences.replaceChildren(
      ...(scope ? sentencesOf(scope) : []).map((sentence) =>
        sentenceChoice(owner, sentence, quoteText, (...args) => say(quoteNote, ...args)),
      ),
    );
    quotePanel.box.hidden = false;
    quote.setAttribute('aria-expanded', 'true');
  });
  for (const area of [menu, citePanel.box, quotePanel.box]) {
    area.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      closeAll();
      share.focus();
    });
  }

  menu.after(citePanel.box, quotePanel.box);
  return () => {
    hideCite();
    hideQuote();
  };
}

const panelClosers = new WeakMap<HTMLButtonElement, () => void>();

/** Fills the menu a Share button controls with its actions, the first time it opens. */
export function fillMenu(share: HTMLButtonElement): void {
  const menu = document.getElementById(share.getAttribute('aria-controls') ?? '');
  if (menu && !panelClosers.has(share)) panelClosers.set(share, enhance(share, menu));
}

/** Closes the Cite and Quote panels of a Share button whose menu has closed. */
export function closePanels(share: HTMLButtonElement): void {
  panelClosers.get(share)?.();
}
