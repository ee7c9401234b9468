/** Links that open a paragraph with quoted words highlighted, written and read back per the Text Fragments spec. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  directiveTerms,
  encodeTerm,
  quoteLink,
  readQuoteParameter,
  textDirective,
} from '../../../src/lib/text-fragment.ts';

describe('encodeTerm', () => {
  it('should escape the directive delimiters -, & and , as well as what a URL cannot hold', () => {
    expect(encodeTerm('looked-after children, carers & staff')).toBe(
      'looked%2Dafter%20children%2C%20carers%20%26%20staff',
    );
  });
});

describe('textDirective', () => {
  it('should name a short quote whole', () => {
    expect(textDirective('Outcomes are good.')).toBe('text=Outcomes%20are%20good.');
  });

  it('should name a long quote by its first and last words', () => {
    const quote =
      'The partnership has a clear focus on improving outcomes for children and young people in the borough.';
    expect(textDirective(quote)).toBe('text=The%20partnership%20has%20a,people%20in%20the%20borough.');
  });

  it('should join the lines of a selection with single spaces', () => {
    expect(textDirective('Outcomes\n   are\tgood.')).toBe('text=Outcomes%20are%20good.');
  });
});

describe('directiveTerms', () => {
  const quote = 'determine the quality of service provision for looked after children and care leavers.';
  const at = (words: string) => [quote.indexOf(words), quote.indexOf(words) + words.length];

  it('should name a quote with no breaks as textDirective does', () => {
    expect(`text=${directiveTerms(quote)}`).toBe(textDirective(quote));
  });

  it('should keep each term inside one piece of the text where the quote crosses elements matched apart', () => {
    // "looked after" and "care leavers" each in a button of their own.
    const terms = directiveTerms(quote, [...at('looked after'), ...at('care leavers')])
      .split(',')
      .map(decodeURIComponent);
    expect(terms).toEqual(['determine the quality of', 'care leavers']);
    for (const term of terms)
      expect(
        ['determine the quality of service provision for ', 'care leavers'].some((piece) => piece.includes(term)),
      ).toBe(true);
  });

  it('should name even a short quote by its ends when it crosses a break, skipping pieces without a word', () => {
    const short = 'under Working Together, 2010.';
    expect(
      directiveTerms(short, [short.indexOf('Working'), short.indexOf(',')])
        .split(',')
        .map(decodeURIComponent),
    ).toEqual(['under', ', 2010.']);
  });
});

describe('quoteLink and readQuoteParameter', () => {
  it('should open the element the quote is in, with the quote as text directive and as the site parameter', () => {
    expect(quoteLink('https://example.org/read/a/?highlight=x#p3', 'p12', 'Good.')).toBe(
      'https://example.org/read/a/?quote=Good.#p12:~:text=Good.',
    );
    expect(quoteLink('https://example.org/recommendations/x/', undefined, 'Good.')).toBe(
      'https://example.org/recommendations/x/?quote=Good.#:~:text=Good.',
    );
  });

  it('should read back the words of any quote it wrote', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1 }).filter((w) => !/\s/.test(w)),
          { minLength: 1, maxLength: 30 },
        ),
        (words) => {
          const quote = words.join(' ');
          const link = new URL(quoteLink('https://example.org/read/a/', 'p7', quote));
          expect(link.hash.startsWith('#p7:~:text=')).toBe(true);
          const target = readQuoteParameter(link.search);
          const expected = words.length <= 10 ? [quote] : [words.slice(0, 4).join(' '), words.slice(-4).join(' ')];
          expect([target?.start, target?.end].filter((t) => t !== undefined)).toEqual(expected);
        },
      ),
    );
  });

  it('should find nothing in an address without a quote', () => {
    expect(readQuoteParameter('?highlight=care')).toBeNull();
    expect(readQuoteParameter('')).toBeNull();
    expect(readQuoteParameter('?quote=%E0%A4%A')).toBeNull();
  });
});
