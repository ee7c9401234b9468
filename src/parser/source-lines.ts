import type { List, ListItem, Paragraph, PhrasingContent, Root } from 'mdast';
import type { Run } from '../model/schema.ts';
import type { Fail } from './errors.ts';

/**
 * One line of the report as the syntax tree gives it: a plain line, the first line of a
 * numbered paragraph, or the first line of a bullet.
 *
 * The tree is flattened to lines because the published text is line-oriented: a heading,
 * a grade or a page-break continuation is one line, and a lost blank line must not merge a
 * heading into the paragraph above it.
 */
export type SourceLine =
  | { kind: 'text'; runs: Run[]; text: string; line: number }
  | { kind: 'numbered'; number: number; runs: Run[]; text: string; line: number }
  | { kind: 'bullet'; runs: Run[]; text: string; line: number };

/** Walks the syntax tree in document order and yields its lines. */
export function toSourceLines(tree: Root, text: string, fail: Fail): SourceLine[] {
  const out: SourceLine[] = [];
  for (const node of tree.children) {
    if (node.type === 'paragraph') pushParagraph(out, node, 'text', 0);
    else if (node.type === 'list') pushList(out, node, text, fail);
    else fail(node.position?.start.line ?? 1, `unexpected ${node.type} in the text`);
  }
  return out;
}

function pushList(out: SourceLine[], list: List, text: string, fail: Fail) {
  for (const item of list.children) pushItem(out, item, list.ordered === true, text, fail);
}

function pushItem(out: SourceLine[], item: ListItem, ordered: boolean, text: string, fail: Fail) {
  const line = item.position!.start.line;
  // Mdast keeps only a list's first number; read each item's own number from its marker
  // so that a gap or repeat in the numbering is seen.
  const offset = item.position!.start.offset ?? 0;
  const number = ordered ? Number(/^\s*(\d+)/.exec(text.slice(offset, offset + 32))?.[1]) : 0;
  let first = true;
  for (const child of item.children) {
    if (child.type === 'paragraph') {
      pushParagraph(out, child, first ? (ordered ? 'numbered' : 'bullet') : 'text', number);
      first = false;
    } else if (child.type === 'list') {
      if (first) fail(line, 'a list item with no text');
      pushList(out, child, text, fail);
    } else {
      fail(child.position?.start.line ?? line, `unexpected ${child.type} in a list item`);
    }
  }
  if (first) {
    // An empty item ("- " or "12." alone) says nothing; a numbered one is a paragraph with no text.
    fail(line, ordered ? `paragraph ${number} has no text` : 'a bullet with no text');
  }
}

// Markdown lets a numbered line that does not start at 1 continue the paragraph above it
// ("lazy continuation") when no blank line separates them, so a lost blank line would fold
// "158. ..." into paragraph 157 and lose paragraph 158 without a word. Such a line is read as
// the numbered paragraph it looks like; if it is not the next one, the numbering check says so.
const NUMBERED_TEXT = /^(\d{1,9})[.)](?:[ \t]+|$)/;

function pushParagraph(out: SourceLine[], paragraph: Paragraph, kind: SourceLine['kind'], number: number) {
  const lines = splitRuns(paragraph.children, paragraph.position!.start.line);
  lines.forEach(({ runs, line }, index) => {
    const text = runs.map((r) => r.text).join('');
    const numbered = NUMBERED_TEXT.exec(text);
    if (index === 0 && kind === 'numbered') out.push({ kind, number, runs, text, line });
    else if (index === 0 && kind === 'bullet') out.push({ kind, runs, text, line });
    else if (numbered) {
      const rest = dropPrefix(runs, numbered[0].length);
      out.push({
        kind: 'numbered',
        number: Number(numbered[1]),
        runs: rest,
        text: rest.map((r) => r.text).join(''),
        line,
      });
    } else out.push({ kind: 'text', runs, text, line });
  });
}

/** Runs without their first `length` characters (a paragraph number and its space). */
function dropPrefix(runs: Run[], length: number): Run[] {
  const out: Run[] = [];
  let skip = length;
  for (const run of runs) {
    if (skip >= run.text.length) {
      skip -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(skip) });
    skip = 0;
  }
  return out;
}

/** Splits phrasing content at line endings into runs per line, keeping emphasis. */
function splitRuns(nodes: PhrasingContent[], firstLine: number): { runs: Run[]; line: number }[] {
  const lines: { runs: Run[]; line: number }[] = [{ runs: [], line: firstLine }];
  const visit = (node: PhrasingContent, marks: { emphasis?: boolean; strong?: boolean }) => {
    if (node.type === 'text') {
      const parts = node.value.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) lines.push({ runs: [], line: (node.position?.start.line ?? firstLine) + i });
        if (part !== '') lines.at(-1)!.runs.push({ text: part, ...marks });
      });
    } else if (node.type === 'emphasis' || node.type === 'strong') {
      const inner = { ...marks, [node.type]: true };
      for (const child of node.children) visit(child, inner);
    } else if (node.type === 'break') {
      lines.push({ runs: [], line: node.position?.end.line ?? firstLine });
    } else if ('value' in node && typeof node.value === 'string') {
      // With markup constructs disabled only text, emphasis and breaks occur; anything
      // else is kept as its literal value rather than dropped.
      lines.at(-1)!.runs.push({ text: node.value, ...marks });
    }
  };
  for (const node of nodes) visit(node, {});
  return lines.map(({ runs, line }) => ({ runs: mergeRuns(runs), line })).filter(({ runs }) => runs.length > 0);
}

/** Joins neighbouring runs with the same marks. */
export function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && !!last.emphasis === !!run.emphasis && !!last.strong === !!run.strong) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}
