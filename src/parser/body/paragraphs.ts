import type { Fail } from '../errors.ts';
import type { Paragraph, Run } from '../../model/schema.ts';
import { quote } from '../quote.ts';
import { mergeRuns } from '../source-lines.ts';
import type { ClassifiedLine } from './classify-line.ts';
import type { ReaderState } from './state.ts';
import { runsText } from './text.ts';

type Numbered = Extract<ClassifiedLine, { kind: 'numbered' }>;
type Bullet = Extract<ClassifiedLine, { kind: 'bullet' }>;
type Continuation = Extract<ClassifiedLine, { kind: 'continuation' | 'unrecognised' }>;

/** Starts the next numbered paragraph in the current section; the numbers run 1, 2, 3 without a gap. */
export function readNumbered(state: ReaderState, l: Numbered) {
  const { paragraphs, current } = state;
  const fail: Fail = state.fail;
  const expected = paragraphs.length + 1;
  if (l.number !== expected) {
    const earlier = paragraphs.find((p) => p.number === l.number);
    fail(
      l.line,
      earlier
        ? `paragraph ${l.number} repeats (it was at line ${earlier.source.startLine}); expected paragraph ${expected}`
        : l.number > expected
          ? `paragraph numbering jumps from ${expected - 1} to ${l.number}: paragraph ${expected} is missing`
          : `paragraph ${l.number} is out of order; expected paragraph ${expected}`,
    );
  }
  if (!current) fail(l.line, `paragraph ${l.number} comes before any heading`);
  if (l.runs.length === 0) fail(l.line, `paragraph ${l.number} has no text`);
  const paragraph: Paragraph = {
    id: `p${l.number}`,
    number: l.number,
    text: '',
    blocks: [{ type: 'text', runs: l.runs }],
    section: current.slug,
    part: current.part,
    source: { startLine: l.line, endLine: l.line },
    continuationLines: [],
  };
  paragraphs.push(paragraph);
  current.paragraphs.push(l.number);
  state.timescale = undefined;
  state.last = { kind: 'paragraph', paragraph };
}

/** Whether a bullet here is an item of the last paragraph's own list: it ends in ":" or already has one. */
export function introducesList(paragraph: Paragraph): boolean {
  const lastBlock = paragraph.blocks.at(-1)!;
  return lastBlock.type === 'list' || runsText(lastBlock.runs).trim().endsWith(':');
}

/** Adds a bullet to the list of the paragraph above it; `false` when no paragraph there introduces one. */
export function readListItem(state: ReaderState, l: Bullet): boolean {
  const last = state.last;
  if (last?.kind !== 'paragraph' || !introducesList(last.paragraph)) return false;
  const blocks = last.paragraph.blocks;
  const list = blocks.at(-1)!;
  if (list.type === 'list') list.items.push(l.runs);
  else blocks.push({ type: 'list', items: [l.runs] });
  last.paragraph.source.endLine = l.line;
  return true;
}

/** Joins a line cut off by a page break to the paragraph, list item or recommendation it continues. */
export function readContinuation(state: ReaderState, l: Continuation) {
  const last = state.last;
  const target =
    last?.kind === 'paragraph' ? last.paragraph : last?.kind === 'recommendation' ? last.recommendation : undefined;
  if (!target || l.kind === 'unrecognised') {
    state.fail(
      l.line,
      `${quote(l.text)} is not a heading in the contents list, a grade, a timescale or the continuation of a paragraph`,
    );
  }
  const joined: Run[] = [{ text: ' ' }, ...l.runs];
  if ('blocks' in target) {
    const block = target.blocks.at(-1)!;
    if (block.type === 'text') block.runs = mergeRuns([...block.runs, ...joined]);
    else block.items[block.items.length - 1] = mergeRuns([...block.items.at(-1)!, ...joined]);
    target.continuationLines.push(l.line);
  } else {
    target.runs = mergeRuns([...target.runs, ...joined]);
  }
  target.source.endLine = l.line;
}
