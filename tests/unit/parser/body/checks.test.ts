/** What is checked once the body is read: every part, the record, every grade, and the contents paired with their headings. */
import { describe, expect, it } from 'vitest';
import { checkBody, matchContents } from '../../../../src/parser/body/checks.ts';
import { failFor } from '../../../../src/parser/errors.ts';
import { FILE, read } from './read-lines.ts';

const BOTH_PARTS =
  'Safeguarding services\n\nOverall effectiveness\n\nGrade 2 (Good)\n\nServices for looked after children\n\nOverall effectiveness\n\nGrade 3 (Adequate)';
const contents = (titles: string[]) => titles.map((title, i) => ({ title, page: i + 4, line: i + 1 }));

describe('checkBody', () => {
  it('should return the record of main findings when every part, area grade and the record are there', () => {
    const state = read(`${BOTH_PARTS}\n\nRecord of main findings`, ['Overall effectiveness']);
    expect(checkBody(state, 99)).toMatchObject({ slug: 'record-of-main-findings', kind: 'record' });
  });

  it('should stop at the last line when a part is missing', () => {
    const state = read('Safeguarding services\n\nOverall effectiveness\n\nGrade 2 (Good)', ['Overall effectiveness']);
    expect(() => checkBody(state, 5)).toThrow(
      `${FILE}:5: the report has no "Services for looked after children" part (is it truncated?)`,
    );
  });

  it('should stop at the last line when the record of main findings is missing', () => {
    const state = read(BOTH_PARTS, ['Overall effectiveness']);
    expect(() => checkBody(state, 11)).toThrow(
      `${FILE}:11: the report has no "Record of main findings" (is it truncated?)`,
    );
  });

  it('should stop at an area left without a grade, at its heading', () => {
    const state = read(`${BOTH_PARTS}\n\nStaying safe\n\nRecord of main findings`, [
      'Overall effectiveness',
      'Staying safe',
    ]);
    expect(() => checkBody(state, 15)).toThrow(`${FILE}:13: "Staying safe" has no grade line`);
  });
});

describe('matchContents', () => {
  it('should pair a title that repeats across parts with each heading in turn, marking them as in the contents', () => {
    const state = read(`${BOTH_PARTS}\n\nRecord of main findings`, ['Overall effectiveness']);
    const slugs = matchContents(
      contents(['Overall effectiveness', 'Overall effectiveness']),
      state.outline,
      failFor(FILE),
    );
    expect(slugs).toEqual(['safeguarding/overall-effectiveness', 'looked-after-children/overall-effectiveness']);
    expect(state.outline.filter((s) => s.inContents).map((s) => s.slug)).toEqual(slugs);
  });

  it("should stop at a contents entry no heading follows, at the entry's line", () => {
    const state = read(`${BOTH_PARTS}\n\nRecord of main findings`, ['Overall effectiveness']);
    expect(() =>
      matchContents(contents(['Record of main findings', 'Overall effectiveness']), state.outline, failFor(FILE)),
    ).toThrow(
      `${FILE}:2: the contents list "Overall effectiveness" (page 5) but no such heading follows in the text (is it truncated?)`,
    );
  });
});
