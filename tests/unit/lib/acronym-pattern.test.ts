/** One rule for what counts as a whole-word acronym, shared by the glossary marks, evidence and search. */
import { describe, expect, it } from 'vitest';
import { acronymPattern } from '../../../src/lib/acronym-pattern.ts';
import { splitAcronyms } from '../../../src/lib/acronym-text.ts';
import { tokenize, vocabulary } from '../../../src/derive/terms.ts';
import { aliasesFor } from '../../../src/search/aliases.ts';

const uses = (forms: string | string[], text: string) =>
  [...text.matchAll(acronymPattern(forms, 'g'))].map((m) => m[0]);

describe('acronymPattern', () => {
  it('should find the acronym alone, in brackets, before punctuation, after a hyphen and in the plural', () => {
    expect(uses('GP', 'GP (GP) GP, a GP. e-GP GPs')).toEqual(['GP', 'GP', 'GP', 'GP', 'GP', 'GPs']);
  });

  it('should not find it inside a longer word, a number or an ampersand name', () => {
    expect(uses('GP', 'GPS aGP GP2 2GP GPé éGP')).toEqual([]);
    expect(uses('E', 'A&E E&O')).toEqual([]);
  });

  it('should match case exactly', () => {
    expect(uses('CAF', 'caf Caf CAF')).toEqual(['CAF']);
  });

  it('should match characters that mean something in a pattern literally', () => {
    expect(uses('A&E', 'the A&E department, AxE')).toEqual(['A&E']);
  });

  it('should try longer acronyms first', () => {
    expect(uses(['CAM', 'CAMHS'], 'CAMHS and CAM')).toEqual(['CAMHS', 'CAM']);
  });

  it("should add the caller's flags to the unicode flag", () => {
    expect(acronymPattern('GP', 'g').flags).toBe('gu');
    expect(acronymPattern('GP').flags).toBe('u');
  });
});

describe('the glossary marks, evidence terms and search aliases', () => {
  const acronyms = [{ acronym: 'GP', expansion: 'general practitioner', asDefined: 'GP', paragraph: 1, line: 1 }];
  // Each case is a text and whether it uses "GP" as a word; every consumer must agree.
  const cases: [string, boolean][] = [
    ['a GP visit', true],
    ['two GPs', true],
    ['an e-GP record', true],
    ['GPS tracking', false],
    ['aGP', false],
    ['GP2', false],
    ['gp', false],
    ['éGP', false],
    ['R&GP', false],
  ];

  it.each(cases)('should agree whether %j uses the acronym (%s)', (text, used) => {
    const marked = splitAcronyms(text, acronyms).some((piece) => piece.expansion !== undefined);
    // An acronym token keeps the acronym as its word; a stemmed word ("GPS" → gp) is lower case.
    const term = tokenize(text, vocabulary(acronyms)).some((token) => token.word === 'GP');
    const aliased = aliasesFor(text, acronyms).length > 0; // the text has the acronym without its expansion
    expect({ marked, term, aliased }).toEqual({ marked: used, term: used, aliased: used });
  });
});
