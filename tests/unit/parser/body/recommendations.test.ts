/** Timescales, the recommendations under them and the areas for improvement they belong to, as a reader of the model sees them. */
import { describe, expect, it } from 'vitest';
import { FILE, outlineOf, read } from './read-lines.ts';

const CONTENTS = ['Overall effectiveness', 'Areas for improvement'];
const PART = 'Safeguarding services\n\nOverall effectiveness\n\nGrade 2 (Good)';

describe('readTimescale and readRecommendation', () => {
  it('should number each bullet under a timescale by part and timescale, due that many months after publication', () => {
    const state = read(
      `${PART}\n\nAreas for improvement\n\n1. The council should:\n\nWithin three months:\n\n- review plans\n- train staff\n\nImmediately:\n\n- see every child`,
      CONTENTS,
    );
    expect(
      state.recommendations.map((r) => [r.id, r.timescaleLabel, r.dueDate, r.section, r.introducedBy, r.runs[0]!.text]),
    ).toEqual([
      ['sg-3m-1', 'Within three months', '2012-12-07', 'safeguarding/areas-for-improvement', 1, 'review plans'],
      ['sg-3m-2', 'Within three months', '2012-12-07', 'safeguarding/areas-for-improvement', 1, 'train staff'],
      ['sg-im-1', 'Immediately', '2012-09-07', 'safeguarding/areas-for-improvement', 1, 'see every child'],
    ]);
  });

  it('should join a continuation line to the recommendation it continues', () => {
    const state = read(
      `${PART}\n\nAreas for improvement\n\n1. The council should:\n\nImmediately:\n\n- see every\n\nchild`,
      CONTENTS,
    );
    expect(state.recommendations[0]!.runs).toEqual([{ text: 'see every child' }]);
    expect(state.recommendations[0]!.source).toEqual({ startLine: 13, endLine: 15 });
  });

  it('should stop at a timescale with no paragraph in its part introducing it', () => {
    expect(() => read(`${PART}\n\nAreas for improvement\n\nImmediately:`, CONTENTS)).toThrow(
      `${FILE}:9: "Immediately:" has no paragraph in this part introducing its recommendations`,
    );
  });
});

describe('placeUnlabelledBlock', () => {
  it('should give an unheaded block of actions a section titled by the site, and move its introducing paragraph into it', () => {
    const state = read(
      `${PART}\n\n1. Practice is good.\n\n2. The council should:\n\nImmediately:\n\n- see every child`,
      CONTENTS,
    );
    expect(outlineOf(state)).toEqual([
      { slug: 'safeguarding', kind: 'part', paragraphs: [] },
      { slug: 'safeguarding/overall-effectiveness', kind: 'section', paragraphs: [1] },
      { slug: 'safeguarding/areas-for-improvement', kind: 'recommendations', paragraphs: [2] },
    ]);
    const [, judged, block] = state.outline;
    expect(block).toMatchObject({
      title: 'Areas for improvement',
      titleFrom: 'site',
      source: { startLine: 9, endLine: 13 },
    });
    expect(judged!.source.endLine).toBe(8);
    expect(state.paragraphs[1]!.section).toBe('safeguarding/areas-for-improvement');
    expect(state.recommendations[0]!.section).toBe('safeguarding/areas-for-improvement');
  });

  it('should stop at an unheaded timescale that does not follow the paragraph introducing it', () => {
    expect(() =>
      read(`${PART}\n\n1. The council should:\n\nStaying safe\n\nGrade 2 (Good)\n\nImmediately:`, [
        ...CONTENTS,
        'Staying safe',
      ]),
    ).toThrow(
      `${FILE}:13: a timescale heading follows a paragraph's recommendations or list, not the paragraph that introduces them`,
    );
  });
});
