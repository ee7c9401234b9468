/**
 * The body reader: the lines after the contents list, up to the record of main findings, read
 * one at a time. Each line is classified (classify-line.ts), then handled by the module for its
 * kind, which checks it against the framework and adds it to the reader's state (state.ts).
 */
import type { Framework, Paragraph, Recommendation, Section } from '../../model/schema.ts';
import type { Fail } from '../errors.ts';
import type { ContentsLine } from '../front-matter.ts';
import { normalise } from '../framework.ts';
import type { SourceLine } from '../source-lines.ts';
import { checkBody, matchContents } from './checks.ts';
import { classifyLine, type ClassifiedLine } from './classify-line.ts';
import { readGrade, readHeading, readPart, readRecord, readScale } from './headings.ts';
import { readContinuation, readListItem, readNumbered } from './paragraphs.ts';
import { readRecommendation, readTimescale } from './recommendations.ts';
import { createState, extendTo, type GradeScaleEntry, type ReaderState } from './state.ts';
import { blocksText, lastText, runsText } from './text.ts';

export { blocksText, runsText } from './text.ts';

export interface Body {
  outline: Section[];
  paragraphs: Paragraph[];
  recommendations: Recommendation[];
  gradeScale: GradeScaleEntry[];
  /** The record of main findings' section and the lines under it, for the record's reader. */
  record: { section: Section; lines: SourceLine[] };
  /** The slug of the heading each contents entry names, in the contents' order. */
  contentsSlugs: string[];
}

/**
 * Builds the outline, the numbered paragraphs, the recommendations and the grade scale from
 * the lines after the contents list, checking the text against the framework as it goes.
 */
export function readBody(
  lines: SourceLine[],
  contents: ContentsLine[],
  framework: Framework,
  published: string,
  fail: Fail,
): Body {
  const state = createState(framework, published, fail);
  const contentsTitles = new Set(contents.map((c) => normalise(c.title)));
  let index = 0;
  for (; index < lines.length; index++) {
    const l = classifyLine(lines[index]!, {
      framework,
      contentsTitles,
      inPart: state.part !== undefined,
      open: openText(state),
    });
    handle(state, l);
    extendTo(state, l.line);
    if (l.kind === 'record') {
      index++;
      break;
    }
  }
  const end = lines.at(-1)?.line ?? 1;
  const recordSection = checkBody(state, end);
  const contentsSlugs = matchContents(contents, state.outline, fail);
  recordSection.source.endLine = Math.max(recordSection.source.endLine, end);
  for (const p of state.paragraphs) p.text = blocksText(p.blocks);
  for (const r of state.recommendations) r.text = runsText(r.runs).trim();
  const { outline, paragraphs, recommendations, gradeScale } = state;
  return {
    outline,
    paragraphs,
    recommendations,
    gradeScale,
    record: { section: recordSection, lines: lines.slice(index) },
    contentsSlugs,
  };
}

/** Hands a classified line to the reader for its kind. */
export function handle(state: ReaderState, l: ClassifiedLine) {
  switch (l.kind) {
    case 'numbered':
      return readNumbered(state, l);
    case 'bullet':
      if (readRecommendation(state, l) || readListItem(state, l)) return;
      return state.fail(
        l.line,
        'a bullet outside any timescale: recommendations follow a line such as "Within three months:", and a paragraph\'s own list follows a paragraph ending in ":"',
      );
    case 'record':
      return readRecord(state, l);
    case 'part':
      return readPart(state, l);
    case 'grade':
      return readGrade(state, l);
    case 'scale':
      return readScale(state, l);
    case 'timescale':
      return readTimescale(state, l);
    case 'heading':
      return readHeading(state, l);
    case 'continuation':
    case 'unrecognised':
      return readContinuation(state, l);
    default: {
      // A kind without a reader fails to compile here.
      const unhandled: never = l;
      return unhandled;
    }
  }
}

/** The text a plain line could continue: the last paragraph's or recommendation's, if that was the last thing read. */
function openText(state: ReaderState): string | undefined {
  const last = state.last;
  if (last?.kind === 'paragraph') return lastText(last.paragraph);
  if (last?.kind === 'recommendation') return lastText(last.recommendation);
  return undefined;
}
