import { describe, expect, it } from 'vitest';
import { numberFromWord, wordForNumber } from '../../../src/lib/number-words.ts';

describe('number words', () => {
  it('should read the words reports write timescales in, hyphenated ones too', () => {
    expect(numberFromWord('three')).toBe(3);
    expect(numberFromWord('twelve')).toBe(12);
    expect(numberFromWord('twenty-four')).toBe(24);
    expect(numberFromWord('thirteen')).toBeUndefined();
  });

  it('should write back the word it reads, for every number it knows', () => {
    for (const word of ['zero', 'one', 'nine', 'eighteen', 'twenty-four'])
      expect(wordForNumber(numberFromWord(word)!)).toBe(word);
    expect(wordForNumber(13)).toBeUndefined();
  });
});
