/**
 * Quote a sentence: copies quoted words with their citation (src/lib/citation.ts) and a link
 * that opens the item with those words highlighted (src/lib/text-fragment.ts).
 *
 * Two ways in. The Share menu's "Quote" lists an item's sentences (src/scripts/permalink-tools.ts).
 * Selecting words inside one item's text (`.para-body`, `.rec-text`) shows a "Copy quote" button
 * right after that text, where the Tab key goes next from the selection, by mouse, touch or keyboard
 * (`offerSelectionQuote`, which src/scripts/select-to-quote.ts calls at a reader's first selection).
 * An item is an `article` whose permalink carries `data-cite`, or that carries `data-cite` itself
 * (the whole-report page, which has no tools of its own).
 */
import { quotation } from '../lib/citation.ts';
import { quoteLink, quotedWords } from '../lib/text-fragment.ts';
import { copyText } from './lib/clipboard.ts';
import { politeRegion } from './lib/live-region.ts';

const SCOPE = '.para-body, .rec-text';

/** The text of an item that can be quoted. */
export function quoteScopeOf(owner: Element): HTMLElement | null {
  return owner.querySelector<HTMLElement>(SCOPE);
}

/** The citation (without its URL) an item is quoted under. */
function citeOf(owner: HTMLElement): string | undefined {
  return owner.querySelector<HTMLElement>('a.permalink[data-cite]')?.dataset.cite ?? owner.dataset.cite;
}

/** The sentences of an item's text, as a reader sees them (Intl.Segmenter, the browser's own sentence rules). */
export function sentencesOf(scope: HTMLElement): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  // Each block (a paragraph, a list item) ends its own sentences.
  const blocks = [...scope.querySelectorAll<HTMLElement>('p, li')].filter((b) => !b.querySelector('p, li'));
  return (blocks.length > 0 ? blocks : [scope])
    .flatMap((block) => [...segmenter.segment(quotedWords(block.textContent ?? ''))].map((s) => s.segment.trim()))
    .filter((s) => s.length > 0);
}

/** The quotation for `words` from `owner`, copied; where the clipboard is refused, its text to copy by hand. */
export async function copyQuote(owner: HTMLElement, words: string): Promise<{ copied: boolean; text: string }> {
  const quoted = quotedWords(words);
  const scope = quoteScopeOf(owner);
  const text = quotation(
    quoted,
    citeOf(owner) ?? '',
    quoteLink(location.href, owner.id || undefined, quoted, scope ? breaksIn(scope, quoted) : []),
  );
  return { copied: await copyText(text), text };
}

/** The element whose text a browser matches a text fragment's term within: a button (the glossary's toggletips) or a non-inline box, else the scope. */
function runOf(node: Text, scope: HTMLElement): Element {
  for (let element = node.parentElement; element && element !== scope; element = element.parentElement) {
    if (element.tagName === 'BUTTON' || getComputedStyle(element).display !== 'inline') return element;
  }
  return scope;
}

/**
 * Where `quote` (as quotedWords gives it) crosses from one such element's text into another's,
 * as offsets into the quote, found in the scope's text with white space collapsed the same way;
 * none where the quote is not found there.
 */
export function breaksIn(scope: HTMLElement, quote: string): number[] {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const marks: number[] = [];
  let text = '';
  let run: Element | undefined;
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const owner = runOf(node, scope);
    if (run && owner !== run) marks.push(text.length);
    run = owner;
    for (const raw of node.data) {
      const ch = /\s/.test(raw) ? ' ' : raw;
      if (ch === ' ' && (text === '' || text.endsWith(' '))) continue;
      text += ch;
    }
  }
  const from = text.indexOf(quote);
  return from < 0 ? [] : marks.filter((m) => m > from && m < from + quote.length).map((m) => m - from);
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * The range widened to whole words at either end (within its text nodes): a text fragment
 * matches only at word boundaries, so "designated and n" would highlight nothing.
 */
function wholeWords(selected: Range): Range {
  const range = selected.cloneRange();
  const { startContainer: start, endContainer: end } = range;
  if (start instanceof Text) {
    let offset = range.startOffset;
    while (offset > 0 && LETTER.test(start.data.charAt(offset - 1))) offset--;
    range.setStart(start, offset);
  }
  if (end instanceof Text) {
    let offset = range.endOffset;
    while (offset < end.data.length && LETTER.test(end.data.charAt(offset))) offset++;
    range.setEnd(end, offset);
  }
  return range;
}

/** The item and its text that hold the whole of the current selection, if any. */
function selectedQuote(): { owner: HTMLElement; scope: HTMLElement; words: string } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = (
    range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement
  )?.closest<HTMLElement>(SCOPE);
  if (!start || !start.contains(range.endContainer)) return null;
  const owner = start.closest<HTMLElement>('article');
  const words = quotedWords(wholeWords(range).toString());
  if (!owner || !citeOf(owner) || words.length === 0) return null;
  return { owner, scope: start, words };
}

/** Shows "Copy quote" after the item's text while words in it are selected, from now on and for the selection already made. */
export function offerSelectionQuote(): void {
  const offer = document.createElement('button');
  offer.type = 'button';
  offer.className = 'quote-offer';
  offer.textContent = 'Copy quote';
  offer.hidden = true;
  let chosen: { owner: HTMLElement; words: string } | null = null;
  let hideTimer = 0;
  let region: HTMLElement | undefined;

  const selectionChanged = () => {
    const found = selectedQuote();
    window.clearTimeout(hideTimer);
    if (found) {
      chosen = found;
      offer.textContent = 'Copy quote';
      found.scope.after(offer);
      offer.hidden = false;
      return;
    }
    // A tap on the button itself clears the selection first: it stays a moment to take the tap.
    if (document.activeElement !== offer) hideTimer = window.setTimeout(() => (offer.hidden = true), 400);
  };
  document.addEventListener('selectionchange', selectionChanged);
  selectionChanged();
  // Tab from a selection goes to the offer, even where a link inside the text (a glossary
  // term) comes between the selection and the button in the page's order.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || event.shiftKey || offer.hidden || !offer.isConnected) return;
    if (document.activeElement === offer || document.activeElement?.closest('input, textarea, select')) return;
    if (!selectedQuote()) return;
    event.preventDefault();
    offer.focus();
  });
  offer.addEventListener('pointerdown', () => window.clearTimeout(hideTimer));
  offer.addEventListener('click', async () => {
    if (!chosen) return;
    const { copied, text } = await copyQuote(chosen.owner, chosen.words);
    region ??= politeRegion('quote-status');
    offer.textContent = copied ? 'Quote copied' : 'Could not copy';
    region.textContent = '';
    window.setTimeout(
      () => (region!.textContent = copied ? 'Quote copied' : `Could not copy here. The quote is ${text}`),
      50,
    );
  });
  offer.addEventListener('blur', () => {
    if (!selectedQuote()) hideTimer = window.setTimeout(() => (offer.hidden = true), 400);
  });
}
