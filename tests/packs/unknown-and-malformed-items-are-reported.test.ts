import { beforeAll, describe, expect, it } from 'vitest';
import type { PackCatalogue } from '../../src/packs/catalogue.ts';
import { describeProblem, resolvePack } from '../../src/packs/resolve.ts';
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

  it('should not throw on any input', () => {
    expect(() => resolvePack(['', ' ', '__proto__', 'constructor', 'toString', 'x'.repeat(10_000)], catalogue)).not.toThrow();
    expect(resolvePack(['__proto__', 'constructor'], catalogue).problems.map((p) => p.reason)).toEqual(['malformed', 'malformed']);
  });
});

describe('describeProblem', () => {
  it('should tell the reader what is wrong in words', () => {
    expect(describeProblem({ item: 'p999', position: 2, reason: 'unknown' })).toMatch(/no such paragraph/);
    expect(describeProblem({ item: 'zz-9m-9', position: 3, reason: 'unknown' })).toMatch(/no such recommendation/);
    expect(describeProblem({ item: 'P1', position: 4, reason: 'malformed' })).toMatch(/not a paragraph number like p28/);
    expect(describeProblem({ item: 'p1', position: 6, reason: 'duplicate' })).toMatch(/already in the pack/);
  });
});
