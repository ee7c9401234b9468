/**
 * The site's own highlight for a quote link (`?quote=start,end#p12:~:text=start,end`, from
 * src/lib/text-fragment.ts) in a browser that does not act on text fragments: marks the quoted
 * words inside the element the fragment names (or the main content) and brings them into view.
 * Loaded by src/scripts/site.ts only where it is needed.
 */
import { readQuoteParameter } from '../lib/text-fragment.ts';

const terms = readQuoteParameter(location.search);
const id = decodeURIComponent(location.hash.slice(1).split(':~:')[0] ?? '');
const scope = (id && document.getElementById(id)) || document.querySelector('main');

/** Collapses white space the way a reader sees it, keeping a map from each kept character back to its text node. */
function flatten(root: Element): { text: string; at: { node: Text; offset: number }[] } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, .para-tools, .para-number, [data-pagefind-ignore]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  const at: { node: Text; offset: number }[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    for (let i = 0; i < node.data.length; i++) {
      const ch = /\s/.test(node.data[i]!) ? ' ' : node.data[i]!;
      if (ch === ' ' && text.endsWith(' ')) continue;
      text += ch;
      at.push({ node, offset: i });
    }
  }
  return { text, at };
}

if (terms && scope) {
  const { text, at } = flatten(scope);
  const lower = text.toLowerCase();
  const from = lower.indexOf(terms.start.toLowerCase());
  const endAt = from < 0 ? -1 : terms.end ? lower.indexOf(terms.end.toLowerCase(), from + terms.start.length) : from;
  if (from >= 0 && endAt >= 0) {
    const to = endAt + (terms.end ?? terms.start).length;
    // Each text node the quote crosses gets its own mark, so no element is split across others.
    const pieces = new Map<Text, [number, number]>();
    for (let i = from; i < to; i++) {
      const { node, offset } = at[i]!;
      const [start] = pieces.get(node) ?? [offset];
      pieces.set(node, [start, offset + 1]);
    }
    let first: HTMLElement | undefined;
    for (const [node, [start, end]] of pieces) {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      const mark = document.createElement('mark');
      mark.className = 'quote-hit';
      range.surroundContents(mark);
      first ??= mark;
    }
    first?.scrollIntoView({ block: 'center' });
  }
}

export {};
