import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePackQuery, serialisePackQuery, type PackQuery } from '../../../src/packs/query.ts';

describe('parsePackQuery', () => {
  it('should read items in the order given, with title, note and order', () => {
    expect(
      parsePackQuery('?items=p28,sg-3m-4,p50&order=report&title=Board%20meeting&note=Line%201%0ALine%202'),
    ).toEqual({
      items: ['p28', 'sg-3m-4', 'p50'],
      order: 'report',
      title: 'Board meeting',
      note: 'Line 1\nLine 2',
    });
  });
  it('should give an empty pack in the user order for no query', () => {
    expect(parsePackQuery('')).toEqual({ items: [], order: 'user', title: '', note: '' });
  });
  it('should keep malformed items rather than drop them', () => {
    expect(parsePackQuery('items=p28,%3Cb%3E,p9999,,p28').items).toEqual(['p28', '<b>', 'p9999', 'p28']);
  });
  it('should read commas that a mail client or URLSearchParams encoded', () => {
    expect(parsePackQuery('items=p1%2Cp2').items).toEqual(['p1', 'p2']);
  });
  it('should not throw on broken percent-encoding', () => {
    expect(() => parsePackQuery('items=p1,%E0%A4%A&title=%')).not.toThrow();
  });
});

describe('serialisePackQuery', () => {
  it('should keep commas readable and leave out empty fields', () => {
    expect(serialisePackQuery({ items: ['p28', 'sg-3m-4'], order: 'user', title: '', note: '' })).toBe(
      '?items=p28,sg-3m-4',
    );
  });
  it('should give nothing for an empty pack', () => {
    expect(serialisePackQuery({ items: [], order: 'user', title: '', note: '' })).toBe('');
  });
  it('should read back exactly what it wrote, whatever the user typed', () => {
    const item = fc.string({ minLength: 1, unit: 'grapheme' }).filter((s) => !s.includes(',') && s.trim() === s);
    fc.assert(
      fc.property(
        fc.record({
          items: fc.array(item),
          order: fc.constantFrom<PackQuery['order']>('user', 'report'),
          title: fc.string({ unit: 'grapheme' }),
          note: fc.string({ unit: 'grapheme' }),
        }),
        (pack) => {
          expect(parsePackQuery(serialisePackQuery(pack))).toEqual(pack);
        },
      ),
    );
  });
});
