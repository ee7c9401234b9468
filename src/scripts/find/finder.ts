/**
 * The finder behind "Find on this page" (loaded by src/scripts/find-in-page.ts the first time
 * the fold is opened): marks every match of the query in the reading text — paragraphs and
 * recommendations, not navigation, tools or sidebar — with `<mark class="find-match">`, counts
 * them in a polite live region, and walks them with Enter / Shift+Enter or the buttons, wrapping
 * at either end. Escape or Clear removes the marks and restores the text nodes as they were.
 *
 * Our own few lines rather than mark.js: the reading page's scripts have a 5 KB budget.
 */
import { findMatches } from '../../lib/find-matches.ts';

/** Wires the form to the reading text `blocks`; a query typed before it loaded is found at once. */
export function startFinder(form: HTMLFormElement, blocks: NodeListOf<HTMLElement>): void {
  const input = form.querySelector('input')!;
  const count = form.querySelector('.find-count')!;
  /** Each match's marks (one per text node it spans), in reading order. */
  let matches: HTMLElement[][] = [];
  let current = -1;

  const clear = () => {
    const parents = new Set<Node>();
    for (const mark of matches.flat()) {
      parents.add(mark.parentNode!);
      mark.replaceWith(...mark.childNodes);
    }
    // Merging the split text nodes back gives the page the text nodes it had before.
    parents.forEach((parent) => parent.normalize());
    matches = [];
  };

  const show = (index: number) => {
    const n = matches.length;
    matches[current]?.forEach((mark) => mark.classList.remove('find-current'));
    current = n ? (index + n) % n : -1;
    matches[current]?.forEach((mark) => mark.classList.add('find-current'));
    matches[current]?.[0]!.scrollIntoView({ block: 'center' });
    count.textContent = !input.value.trim()
      ? ''
      : n
        ? `${current + 1} of ${n} ${n === 1 ? 'match' : 'matches'}`
        : 'No matches';
  };

  const find = () => {
    clear();
    for (const block of blocks) {
      const texts = textsOf(block);
      const marks = markMatches(
        texts,
        findMatches(
          texts.map((text) => text.data),
          input.value,
        ),
      );
      matches.push(...marks);
    }
    show(0);
  };

  /** Moves by one match either way (wrapping), or with 0 clears the query and its marks. */
  const step = (by: number) => {
    if (by) return show(current + by);
    input.value = '';
    find();
    input.focus();
  };

  form.addEventListener('submit', (event) => event.preventDefault());
  input.addEventListener('input', find);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target === input) step(event.shiftKey ? -1 : 1);
    else if (event.key === 'Escape') step(0);
    else return;
    event.preventDefault();
  });
  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-find]');
    if (button) step(Number(button.dataset.find));
  });
  if (input.value.trim()) find();
}

/** The reading text nodes of a block, in document order. */
function textsOf(block: HTMLElement): Text[] {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    // The recommendation's id link, screen-reader-only words and added buttons are not reading text.
    acceptNode: (node) =>
      node.parentElement!.closest('.recommendation-id, .visually-hidden, .pack-tools, button')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  return texts;
}

/** Wraps each piece of each match in a `<mark>` and returns the marks, match by match. */
function markMatches(texts: Text[], found: ReturnType<typeof findMatches>): HTMLElement[][] {
  const marks = found.map((pieces) => pieces.map(() => document.createElement('mark')));
  // Split from the last piece back, so the offsets of earlier pieces stay right.
  for (let m = found.length - 1; m >= 0; m--) {
    for (let p = found[m]!.length - 1; p >= 0; p--) {
      const { node, start, end } = found[m]![p]!;
      const mark = marks[m]![p]!;
      texts[node]!.splitText(end);
      const middle = texts[node]!.splitText(start);
      mark.className = 'find-match';
      middle.replaceWith(mark);
      mark.append(middle);
    }
  }
  return marks;
}
