import type { Section } from '../../model/schema.ts';
import type { Fail } from '../errors.ts';
import type { ContentsLine } from '../front-matter.ts';
import { normalise } from '../framework.ts';
import { quote } from '../quote.ts';
import type { ReaderState } from './state.ts';

/**
 * What can only be checked once the body is read: every part is there, the record of main
 * findings follows, every area has its grade and every group heading has an area under it.
 * Returns the record's section.
 */
export function checkBody(state: ReaderState, end: number): Section {
  const { framework, outline, seenParts } = state;
  const fail: Fail = state.fail;
  for (const p of framework.parts) {
    if (!seenParts.includes(p.id)) fail(end, `the report has no ${quote(p.title)} part (is it truncated?)`);
  }
  const recordSection = outline.find((s) => s.kind === 'record');
  if (!recordSection)
    fail(end, `the report has no ${quote(framework.headings.recordOfMainFindings)} (is it truncated?)`);
  for (const s of outline) {
    if (s.kind === 'section' && s.theme && !s.judgement)
      fail(s.source.startLine, `${quote(s.title)} has no grade line`);
    if (s.kind === 'group' && !outline.some((c) => c.parent === s.slug)) {
      fail(
        s.source.startLine,
        `the heading ${quote(s.title)} names no judgement area of the framework (content/framework.json)`,
      );
    }
  }
  return recordSection;
}

/**
 * Each contents entry names the next heading with that title, in order; returns their slugs.
 *
 * Titles repeat across parts ("Overall effectiveness"), so an entry is paired with the
 * heading found by this ordered walk, never by title alone.
 */
export function matchContents(contents: ContentsLine[], outline: Section[], fail: Fail): string[] {
  const slugs: string[] = [];
  let from = 0;
  for (const entry of contents) {
    const title = normalise(entry.title);
    const at = outline.findIndex(
      (s, i) =>
        i >= from &&
        s.titleFrom === 'report' &&
        (normalise(s.title) === title || normalise(s.title).startsWith(`${title},`)),
    );
    if (at === -1) {
      fail(
        entry.line,
        `the contents list ${quote(entry.title)} (page ${entry.page}) but no such heading follows in the text (is it truncated?)`,
      );
    }
    outline[at]!.inContents = true;
    slugs.push(outline[at]!.slug);
    from = at + 1;
  }
  return slugs;
}
