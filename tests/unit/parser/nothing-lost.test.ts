import { describe, expect, it } from 'vitest';
import { LAYOUT_WORDS, wordDifference, wordsOf } from './published-words.ts';
import { FIXTURES, load, REAL_REPORT } from './reports.ts';

describe('wordsOf', () => {
  it('should count letters and digits as words and leave markup and punctuation out', () => {
    expect(wordsOf('12. The *LSCB*\u2019s plan: <b>x</b> \u2013 24%')).toEqual([
      '12',
      'The',
      'LSCB',
      's',
      'plan',
      'b',
      'x',
      'b',
      '24',
    ]);
  });
});

describe('nothing lost: every word of the source lands in the model', () => {
  for (const file of [REAL_REPORT, ...FIXTURES]) {
    it(`should keep every word of ${file} apart from the named layout words, and invent none`, async () => {
      const { text, report } = await load(file);
      expect(Object.fromEntries(wordDifference(text, report))).toEqual({});
    });
  }

  it('should need each layout word it allows (a stale allowance fails)', async () => {
    const { text, report } = await load(REAL_REPORT);
    for (const entry of LAYOUT_WORDS) {
      const without = LAYOUT_WORDS.filter((e) => e !== entry);
      expect(wordDifference(text, report, without).get(entry.word)).toBe(1);
    }
  });

  it('should keep the layout list short and give each entry a reason', () => {
    expect(LAYOUT_WORDS.length).toBeLessThanOrEqual(3);
    for (const entry of LAYOUT_WORDS) expect(entry.reason.length).toBeGreaterThan(10);
  });

  it('should notice a word the model drops', async () => {
    const { text, report } = await load(REAL_REPORT);
    const damaged = structuredClone(report);
    damaged.paragraphs[27]!.text = damaged.paragraphs[27]!.text.replace('Tower Hamlets', 'Tower');
    expect(Object.fromEntries(wordDifference(text, damaged))).toEqual({ Hamlets: 1 });
  });
});
