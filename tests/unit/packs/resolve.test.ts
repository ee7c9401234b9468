import { beforeAll, describe, expect, it } from 'vitest';
import { packIndex, type PackCatalogue } from '../../../src/packs/catalogue.ts';
import { describeProblem, resolvePack } from '../../../src/packs/resolve.ts';
import { fixtureCatalogue } from './fixture.ts';

let catalogue: PackCatalogue;
beforeAll(async () => {
  ({ catalogue } = await fixtureCatalogue());
});

describe('resolvePack', () => {
  it('should find paragraphs and recommendations in the order listed', () => {
    const { entries, problems } = resolvePack(['p7', 'sg-9m-1', 'p1'], catalogue);
    expect(entries.map((e) => e.id)).toEqual(['p7', 'sg-9m-1', 'p1']);
    expect(problems).toEqual([]);
  });

  it('should report every item it cannot show, with its position and reason', () => {
    const { entries, problems } = resolvePack(['p1', 'p999', 'zz-9m-9', 'P1', '<script>', 'p1'], catalogue);
    expect(entries.map((e) => e.id)).toEqual(['p1']);
    expect(problems).toEqual([
      { item: 'p999', position: 2, reason: 'unknown' },
      { item: 'zz-9m-9', position: 3, reason: 'unknown' },
      { item: 'P1', position: 4, reason: 'malformed' },
      { item: '<script>', position: 5, reason: 'malformed' },
      { item: 'p1', position: 6, reason: 'duplicate' },
    ]);
  });

  it("should tell unknown items from known ones by the index, with only the pack's own entries loaded", () => {
    // As on the pack page, which fetches the index and then only the entries it shows.
    const loaded = {
      ...packIndex(catalogue),
      items: catalogue.items.filter((e) => e.id === 'p7' || e.id === 'sg-9m-1'),
    };
    const { entries, problems } = resolvePack(['sg-9m-1', 'p999', 'p7'], loaded);
    expect(entries.map((e) => e.id)).toEqual(['sg-9m-1', 'p7']);
    expect(problems).toEqual([{ item: 'p999', position: 2, reason: 'unknown' }]);
  });

  it('should not throw on any input', () => {
    expect(() =>
      resolvePack(['', ' ', '__proto__', 'constructor', 'toString', 'x'.repeat(10_000)], catalogue),
    ).not.toThrow();
    expect(resolvePack(['__proto__', 'constructor'], catalogue).problems.map((p) => p.reason)).toEqual([
      'malformed',
      'malformed',
    ]);
  });
});

describe('describeProblem', () => {
  it('should tell the reader what is wrong in words', () => {
    expect(describeProblem({ item: 'p999', position: 2, reason: 'unknown' })).toMatch(/no such paragraph/);
    expect(describeProblem({ item: 'zz-9m-9', position: 3, reason: 'unknown' })).toMatch(/no such recommendation/);
    expect(describeProblem({ item: 'P1', position: 4, reason: 'malformed' })).toMatch(
      /not a paragraph number like p28/,
    );
    expect(describeProblem({ item: 'p1', position: 6, reason: 'duplicate' })).toMatch(/already in the pack/);
  });
});
