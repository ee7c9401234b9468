import type { Framework, Run } from '../../model/schema.ts';
import { normalise, partByTitle, themeOf, timescaleOf } from '../framework.ts';
import type { SourceLine } from '../source-lines.ts';

/** What the body reader knows when it meets a line, and nothing more. */
export interface LineContext {
  framework: Framework;
  /** The contents list's titles, normalised. */
  contentsTitles: Set<string>;
  /** Whether a part of the report ("Safeguarding services") has begun. */
  inPart: boolean;
  /** The text of the paragraph or recommendation a plain line could continue, if the last thing read was one. */
  open: string | undefined;
}

/** A grade as the text writes it, before it is checked against the scale. */
export interface GradeText {
  number: string;
  label: string;
  asPublished: string;
}

/** A line of the body, by what it does in the report. */
export type ClassifiedLine =
  | { kind: 'numbered'; line: number; number: number; runs: Run[] }
  | { kind: 'bullet'; line: number; runs: Run[] }
  | { kind: 'record'; line: number; text: string }
  | { kind: 'part'; line: number; text: string; part: Framework['parts'][number] }
  | { kind: 'grade'; line: number; text: string; grade: GradeText }
  | { kind: 'scale'; line: number; text: string; grade: GradeText; description: string }
  | { kind: 'timescale'; line: number; text: string; timescale: { code: string; label: string; months: number } }
  | { kind: 'heading'; line: number; text: string; title: string; grade?: GradeText }
  | { kind: 'continuation'; line: number; text: string; runs: Run[] }
  | { kind: 'unrecognised'; line: number; text: string };

const GRADE_LINE = /^Grade\s+(\S+)\s*\(([^)]*)\)$/i;
const INLINE_GRADE = /^(.*\S)\s*Grade\s+(\S+)\s*\(([^)]*)\)$/i;
const SCALE_LINE = /^(.+?)\s*\(Grade\s+(\S+)\)\s*\t\s*(\S.*)$/i;
// A page break can cut a sentence anywhere; a line that starts in lower case, or follows
// text that stopped without closing punctuation, continues the paragraph above it.
const CONTINUES = /^[a-z0-9(\u2018\u201c'"\u2013-]/;
const CLOSED = /[.:;?!)'"\u2019\u201d]$/;

/**
 * Says what one body line is. The checks run in a fixed order, so a line that could be read
 * two ways (a part title with a grade after it, a grade line that looks like a scale line) is
 * always read the same way.
 */
export function classifyLine(l: SourceLine, context: LineContext): ClassifiedLine {
  if (l.kind === 'numbered') return { kind: 'numbered', line: l.line, number: l.number, runs: l.runs };
  if (l.kind === 'bullet') return { kind: 'bullet', line: l.line, runs: l.runs };
  const { framework, contentsTitles } = context;
  const text = l.text.trim();
  const line = l.line;
  const inline = inlineGrade(l, text, context);
  const part = partByTitle(framework, text);
  const gradeLine = GRADE_LINE.exec(text);
  const scaleLine = SCALE_LINE.exec(text);
  const timescale = context.inPart ? timescaleOf(framework, text) : undefined;
  if (normalise(text) === normalise(framework.headings.recordOfMainFindings)) return { kind: 'record', line, text };
  if (part && !inline) return { kind: 'part', line, text, part };
  if (gradeLine)
    return { kind: 'grade', line, text, grade: { number: gradeLine[1]!, label: gradeLine[2]!, asPublished: text } };
  if (scaleLine && !context.inPart) {
    const [, label, number, description] = scaleLine as unknown as [string, string, string, string];
    return {
      kind: 'scale',
      line,
      text,
      grade: { number, label, asPublished: `${label} (Grade ${number})` },
      description,
    };
  }
  if (timescale) return { kind: 'timescale', line, text, timescale };
  if (inline) return { kind: 'heading', line, text, title: inline.title, grade: inline.grade };
  if (
    contentsTitles.has(normalise(text)) ||
    framework.headings.recommendations.some((h) => normalise(h) === normalise(text))
  ) {
    return { kind: 'heading', line, text, title: text };
  }
  if (context.open !== undefined && (CONTINUES.test(text) || !CLOSED.test(context.open.trim()))) {
    return { kind: 'continuation', line, text, runs: l.runs };
  }
  return { kind: 'unrecognised', line, text };
}

/**
 * A heading with its grade on the same line ("Staying safe Grade 2 (Good)"). A grade at the end
 * of a line makes it a heading only where the grade is set in bold or the rest names a heading
 * or area; otherwise it may be prose that was cut there.
 */
function inlineGrade(
  l: SourceLine,
  text: string,
  context: LineContext,
): { title: string; grade: GradeText } | undefined {
  const match = INLINE_GRADE.exec(text);
  if (!match) return undefined;
  const [, before, number, label] = match as unknown as [string, string, string, string];
  const lastRun = l.runs.at(-1);
  if (!lastRun?.strong && !context.contentsTitles.has(normalise(before)) && !themeOf(context.framework, before))
    return undefined;
  const strong = lastRun?.strong ? lastRun.text.trim() : text.slice(before.length).trim();
  return {
    title: before.replace(/\*+$/, '').trim(),
    grade: { number, label, asPublished: strong.replace(/^\*+|\*+$/g, '') },
  };
}
