import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAcronyms } from '../../../src/lib/acronym-text.ts';

const defs = [
  { acronym: 'GP', expansion: 'general practitioner' },
  { acronym: 'CAMHS', expansion: 'child and adolescent mental health services' },
  { acronym: 'A&E', expansion: 'Accident and emergency' },
  { acronym: 'IRO', expansion: 'independent reviewing officer', asDefined: 'IROs' },
  { acronym: 'CiCC', expansion: 'Children in Care Council' },
];

describe('splitAcronyms', () => {
  it('should mark a defined acronym and keep the words around it', () => {
    expect(splitAcronyms('a named GP to support', defs)).toEqual([
      { text: 'a named ' },
      { text: 'GP', expansion: 'general practitioner' },
      { text: ' to support' },
    ]);
  });

  it('should mark plurals and acronyms inside punctuation', () => {
    const pieces = splitAcronyms('GPs (CAMHS), IROs; the CiCC.', defs).filter((p) => p.expansion);
    expect(pieces.map((p) => p.text)).toEqual(['GPs', 'CAMHS', 'IROs', 'CiCC']);
  });

  it('should mark an acronym containing an ampersand', () => {
    expect(splitAcronyms('attend A&E often', defs)[1]).toEqual({ text: 'A&E', expansion: 'Accident and emergency' });
  });

  it('should not mark an acronym inside a longer word or in another case', () => {
    expect(splitAcronyms('GPS and aGP and gp and IROX', defs)).toEqual([{ text: 'GPS and aGP and gp and IROX' }]);
  });

  it('should return one piece when nothing is defined, and none for empty text', () => {
    expect(splitAcronyms('plain text', [])).toEqual([{ text: 'plain text' }]);
    expect(splitAcronyms('', defs)).toEqual([]);
  });

  it('should treat text that looks like HTML as plain text', () => {
    expect(splitAcronyms('<b>GP</b>', defs).map((p) => p.text)).toEqual(['<b>', 'GP', '</b>']);
  });

  it('should always give the text back when the pieces are joined', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('GP', 'GPs', 'A&E', 'CAMHS', 'x', ' ', '(', 'IROs', 'CiCC', 'é', '&')),
        (parts) => {
          const text = parts.join('');
          expect(
            splitAcronyms(text, defs)
              .map((p) => p.text)
              .join(''),
          ).toBe(text);
        },
      ),
    );
  });
});
