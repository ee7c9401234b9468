/** One wording of a grade for badges, filters, descriptions and packs. */
import { describe, expect, it } from 'vitest';
import { gradeFromText, gradePieces, gradeText } from '../../../src/lib/grade-text.ts';

describe('gradeText', () => {
  it('should give the word, a comma and the number', () => {
    expect(gradeText({ grade: 2, label: 'Good' })).toBe('Good, grade 2');
    expect(gradeText({ grade: 4, label: 'Inadequate' })).toBe('Inadequate, grade 4');
  });

  it("should keep the word as the report's scale gives it", () => {
    expect(gradeText({ grade: 3, label: 'Requires improvement' })).toBe('Requires improvement, grade 3');
  });
});

describe('gradePieces', () => {
  it('should split the same wording into word, separator and number', () => {
    const pieces = gradePieces({ grade: 1, label: 'Outstanding' });
    expect(pieces).toEqual({ word: 'Outstanding', separator: ',', number: 'grade 1' });
    expect(`${pieces.word}${pieces.separator} ${pieces.number}`).toBe(gradeText({ grade: 1, label: 'Outstanding' }));
  });
});

describe('gradeFromText', () => {
  it('should read a grade back from its text, and nothing from other text', () => {
    for (const wording of [
      { grade: 2, label: 'Good' },
      { grade: 3, label: 'Requires improvement' },
    ])
      expect(gradeFromText(gradeText(wording))).toEqual(wording);
    expect(gradeFromText('Good')).toBeUndefined();
    expect(gradeFromText('')).toBeUndefined();
  });
});
