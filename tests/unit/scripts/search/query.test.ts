/** Reading a reader's query, checking its words against the report's, and saying what was done. */
import { describe, expect, it } from 'vitest';
import { isStopWord, readQuery } from '../../../../src/scripts/search/query.ts';
import { readState, writeState } from '../../../../src/scripts/search/query-state.ts';
import { allowedDistance, checkSpelling, editDistance } from '../../../../src/scripts/search/spelling.ts';
import {
  correctedQuery,
  EMPTY_PROMPT,
  statusLines,
  unavailableLines,
  type StatusLine,
} from '../../../../src/scripts/search/status.ts';
import { textWords, vocabulary, wordKey } from '../../../../src/search/vocabulary.ts';

describe('readQuery', () => {
  it('should keep the words that carry meaning, without the punctuation around them', () => {
    expect(readQuery('How many children go missing from care?')).toEqual({
      phrase: false,
      words: ['children', 'missing', 'care'],
      open: false,
    });
    expect(readQuery("what's the LSCB's role").words).toEqual(["LSCB's", 'role']);
  });

  it('should take a query in double quotes as one exact phrase', () => {
    expect(readQuery(' "named GP" ')).toEqual({ phrase: true, words: ['"named GP"'], open: false });
  });

  it('should keep every word of a query made only of stop words', () => {
    expect(readQuery('how many').words).toEqual(['how', 'many']);
  });

  it('should say whether the last word may still be being typed', () => {
    expect(readQuery('named G').open).toBe(true);
    expect(readQuery('named G ').open).toBe(false);
    expect(readQuery('named the').open).toBe(false);
  });

  it('should count question words as stop words, and the report\u2019s own words not', () => {
    for (const word of ['how', 'What\u2019s', 'does', 'tell', 'report']) expect(isStopWord(word)).toBe(true);
    for (const word of ['children', 'care', 'missing', 'GP']) expect(isStopWord(word)).toBe(false);
  });
});

describe('vocabulary', () => {
  it('should list the words of letters only, most used first, as wordKey writes them', () => {
    expect(vocabulary(['The care of children', "Children's care, post-16 care"])).toEqual([
      'care',
      'children',
      'childrens',
      'of',
      'post',
      'the',
    ]);
    expect(wordKey('Children\u2019s')).toBe('childrens');
    expect(textWords('e-CAF and A&E')).toEqual(['e', 'caf', 'and', 'ae']);
  });
});

describe('editDistance', () => {
  it('should count insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('safegaurding', 'safeguarding', 2)).toBe(1);
    expect(editDistance('safgaurding', 'safeguarding', 2)).toBe(2);
    expect(editDistance('fostr', 'foster', 2)).toBe(1);
    expect(editDistance('camsh', 'camhs', 2)).toBe(1);
  });

  it('should stop at one past the limit', () => {
    expect(editDistance('homeless', 'home', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});

describe('checkSpelling', () => {
  const words = ['children', 'care', 'safeguarding', 'homes', 'mental', 'foster', 'tenancy'];

  it('should take the start of a report word as unfinished, not as a misspelling', () => {
    expect(checkSpelling('safeg', words)).toEqual({ kind: 'prefix' });
  });

  it('should correct a word one or two letters out, two only from eight letters', () => {
    expect(checkSpelling('chidren', words)).toEqual({ kind: 'correction', word: 'children' });
    expect(checkSpelling('safgaurding', words)).toEqual({ kind: 'correction', word: 'safeguarding' });
    expect(allowedDistance(3)).toBe(0);
    expect(allowedDistance(7)).toBe(1);
    expect(allowedDistance(8)).toBe(2);
  });

  it('should leave real words the report never uses alone', () => {
    for (const word of ['homeless', 'houses', 'dental', 'truancy'])
      expect(checkSpelling(word, words)).toEqual({ kind: 'unknown' });
  });

  it('should prefer the commoner of two equally close words (the list is most used first)', () => {
    expect(checkSpelling('carx', ['care', 'cart'])).toEqual({ kind: 'correction', word: 'care' });
    expect(checkSpelling('carx', ['cart', 'care'])).toEqual({ kind: 'correction', word: 'cart' });
  });
});

describe('query state', () => {
  it('should keep "search instead" for the words as typed in the URL', () => {
    expect(writeState({ q: 'safegaurding', filters: {}, asTyped: true })).toBe('?q=safegaurding&spelling=as-typed');
    expect(readState('?q=safegaurding&spelling=as-typed')).toEqual({ q: 'safegaurding', filters: {}, asTyped: true });
    expect(readState('?q=safegaurding')).toEqual({ q: 'safegaurding', filters: {} });
  });
});

describe('statusLines', () => {
  const text = (lines: StatusLine[]) =>
    lines.map((line) => line.map((piece) => (typeof piece === 'string' ? piece : piece.text)).join(''));
  const base = { count: 3, filtered: false, asTypedHref: '/search/?q=x&spelling=as-typed' };

  it('should put the count first, for the query as searched', () => {
    expect(
      text(statusLines({ ...base, q: 'gang', count: 1, answer: { complete: true, corrections: [], unknown: [] } })),
    ).toEqual(['1 result for “gang”.']);
    expect(
      text(
        statusLines({
          ...base,
          q: '',
          count: 0,
          filtered: true,
          answer: { complete: true, corrections: [], unknown: [] },
        }),
      ),
    ).toEqual(['No results with the chosen filters.']);
  });

  it('should show a correction and link the words as typed', () => {
    const lines = statusLines({
      ...base,
      q: 'safegaurding training',
      answer: { complete: true, corrections: [{ typed: 'safegaurding', word: 'safeguarding' }], unknown: [] },
    });
    expect(text(lines)).toEqual([
      '3 results for “safeguarding training”.',
      'Showing results for safeguarding training. Search instead for safegaurding training.',
    ]);
    expect(lines[1]).toContainEqual({ text: 'safegaurding training', href: base.asTypedHref });
  });

  it('should say when results hold only most of the words, and name words no record uses', () => {
    const lines = statusLines({
      ...base,
      q: 'homeless shelter children care',
      answer: { complete: false, corrections: [], unknown: ['homeless', 'shelter'] },
    });
    expect(text(lines).slice(1)).toEqual([
      'No paragraph has all of these words; these have most of them.',
      'No paragraph or recommendation uses the words homeless or shelter.',
    ]);
  });

  it('should offer the contents and glossary when search cannot load', () => {
    const [line] = unavailableLines('/read/', '/glossary/');
    expect(text([line!])[0]).toMatch(/^Search could not load/);
    expect(line!.filter((piece) => typeof piece !== 'string').map((piece) => (piece as { href: string }).href)).toEqual(
      ['/read/', '/glossary/'],
    );
  });

  it('should replace only the corrected words in the query', () => {
    expect(correctedQuery('chidren in care', [{ typed: 'chidren', word: 'children' }])).toBe('children in care');
    expect(EMPTY_PROMPT).toMatch(/question/);
  });
});
