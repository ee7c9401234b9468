import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../src/lib/find-matches.ts';

describe('findMatches', () => {
  it('should find every match in any case, in order', () => {
    expect(findMatches(['Children and children; CHILDREN.'], 'children')).toEqual([
      [{ node: 0, start: 0, end: 8 }],
      [{ node: 0, start: 13, end: 21 }],
      [{ node: 0, start: 23, end: 31 }],
    ]);
  });

  it('should give each match the offsets of the text it falls in', () => {
    expect(findMatches(['a plan, ', 'the plan'], 'PLAN')).toEqual([
      [{ node: 0, start: 2, end: 6 }],
      [{ node: 1, start: 4, end: 8 }],
    ]);
  });

  it('should split a match that crosses from one text into the next', () => {
    expect(findMatches(['for looked', ' after children'], 'looked after')).toEqual([
      [
        { node: 0, start: 4, end: 10 },
        { node: 1, start: 0, end: 6 },
      ],
    ]);
  });

  it('should match any whitespace between the words of the query', () => {
    expect(findMatches(['care\n  leavers'], ' care leavers ')).toHaveLength(1);
  });

  it('should treat pattern characters in the query literally', () => {
    expect(findMatches(['A&E (a.e.) and ade'], 'a.e')).toEqual([[{ node: 0, start: 5, end: 8 }]]);
    expect(findMatches(['(GP)'], '(gp)')).toHaveLength(1);
  });

  it('should not overlap matches', () => {
    expect(findMatches(['aaaa'], 'aa')).toHaveLength(2);
  });

  it('should match nothing for a blank query or no text', () => {
    expect(findMatches(['anything'], '   ')).toEqual([]);
    expect(findMatches([], 'word')).toEqual([]);
  });
});
