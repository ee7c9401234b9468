import { describe, expect, it } from 'vitest';
import { tokenize, vocabulary } from '../../../src/derive/terms.ts';
import type { Acronym } from '../../../src/model/schema.ts';

const acronym = (acronym: string, expansion: string): Acronym => ({
  acronym,
  expansion,
  asDefined: acronym,
  paragraph: 1,
  line: 1,
});
const vocab = vocabulary([
  acronym('LSCB', 'Local Safeguarding Children Board'),
  acronym('IRO', 'independent reviewing officer'),
  acronym('A&E', 'Accident and emergency'),
]);
const terms = (text: string) => tokenize(text, vocab).map((t) => t.term);

describe('tokenize', () => {
  it('should give an acronym and its expansion the same term, both ways', () => {
    expect(terms('The LSCB met.')).toContain('lscb');
    expect(terms('The Local Safeguarding Children Board met.')).toContain('lscb');
    expect(terms('the local safeguarding children board')).toEqual(terms('the LSCB'));
  });

  it('should match plurals of acronyms and expansions', () => {
    expect(terms('IROs and independent reviewing officers')).toEqual(['iro', 'iro']);
  });

  it('should show the acronym as the word of an expanded term', () => {
    expect(tokenize('Accident and emergency cover', vocab)[0]).toEqual({ term: 'a&e', word: 'A&E' });
  });

  it('should not take an acronym written in lower case inside another word', () => {
    expect(terms('lscbs are not a word; IROnic')).not.toContain('iro');
  });

  it('should stem words so that forms of one word match', () => {
    expect(terms('apprenticeships')).toEqual(terms('apprenticeship'));
    expect(terms('safeguarding safeguards')).toEqual(['safeguard', 'safeguard']);
  });

  it('should drop stop words, report boilerplate and numbers', () => {
    expect(terms('ensure that the children and young people in 2012 have their plans')).toEqual(['plan']);
  });
});
