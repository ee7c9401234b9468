/**
 * Small hand-written bodies read by the real stages: text to syntax tree to lines, each line
 * classified and handed to the reader for its kind, against the project's framework.
 */
import { failFor } from '../../../../src/parser/errors.ts';
import { loadFramework, normalise } from '../../../../src/parser/framework.ts';
import { classifyLine, type LineContext } from '../../../../src/parser/body/classify-line.ts';
import { handle } from '../../../../src/parser/body/index.ts';
import { createState, extendTo, type ReaderState } from '../../../../src/parser/body/state.ts';
import { lastText } from '../../../../src/parser/body/text.ts';
import type { SourceLine } from '../../../../src/parser/source-lines.ts';
import { toSourceLines } from '../../../../src/parser/source-lines.ts';
import { toSyntaxTree } from '../../../../src/parser/syntax-tree.ts';

export const framework = await loadFramework();
export const FILE = 'body.txt';
export const PUBLISHED = '2012-09-07';

/** The lines of a text, as the body reader receives them. */
export function sourceLines(text: string): SourceLine[] {
  return toSourceLines(toSyntaxTree(text), text, failFor(FILE));
}

/** A context for classifying one line, with what the reader would know there. */
export function context(overrides: Partial<LineContext> = {}): LineContext {
  return { framework, contentsTitles: new Set(), inPart: false, open: undefined, ...overrides };
}

/** Reads a text line by line into a fresh reader state (or the one given) and returns it. */
export function read(
  text: string,
  contents: string[] = [],
  state: ReaderState = createState(framework, PUBLISHED, failFor(FILE)),
): ReaderState {
  const contentsTitles = new Set(contents.map(normalise));
  for (const source of sourceLines(text)) {
    const last = state.last;
    const open =
      last?.kind === 'paragraph'
        ? lastText(last.paragraph)
        : last?.kind === 'recommendation'
          ? lastText(last.recommendation)
          : undefined;
    const l = classifyLine(source, { framework, contentsTitles, inPart: state.part !== undefined, open });
    handle(state, l);
    extendTo(state, l.line);
  }
  return state;
}

/** The outline as a reader of the model sees it: each section's slug, kind and paragraph numbers. */
export function outlineOf(state: ReaderState) {
  return state.outline.map((s) => ({ slug: s.slug, kind: s.kind, paragraphs: s.paragraphs }));
}
