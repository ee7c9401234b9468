/**
 * The report's identity in the data: an id made from what the report prints, an authority code
 * from the reviewed list, and a build that stops, naming the file and the authority, where the
 * list lacks the report's authority.
 */
import { describe, expect, it } from 'vitest';
import { AUTHORITIES_FILE, authorities, dataId, reportIdentity } from '../../../src/lib/report-identity.ts';
import { reuseExplanation } from '../../../src/lib/reuse-notice.ts';
import { parseReportFile } from '../../../src/parser/index.ts';
import { FIXTURES, REAL_REPORT } from '../parser/reports.ts';
import { FIXTURE_AUTHORITIES } from '../../lib/site.ts';
import { readFileSync } from 'node:fs';

const fixtureList = authorities(JSON.parse(readFileSync(FIXTURE_AUTHORITIES, 'utf8')));
const real = await parseReportFile(REAL_REPORT);
const fixtures = await Promise.all(FIXTURES.map((f) => parseReportFile(f)));

describe('reportIdentity', () => {
  it('should name the report by publisher, authority and year of publication, and carry the authority as published', () => {
    const identity = reportIdentity(real);
    expect(identity).toMatchObject({
      publisher: real.publisher,
      authority: real.metadata.authority,
      published: real.metadata.published,
      authorityCode: 'E09000030',
    });
    expect(identity.id.split('/')).toHaveLength(3);
    expect(identity.id.endsWith(`/${real.metadata.published.slice(0, 4)}`)).toBe(true);
    expect(identity.id.startsWith(`${real.publisher.toLowerCase()}/`)).toBe(true);
  });

  it('should give every report of the same form its own id, the same each time', () => {
    const ids = fixtures.map((f) => reportIdentity(f, fixtureList).id);
    expect(new Set([...ids, reportIdentity(real).id]).size).toBe(fixtures.length + 1);
    expect(fixtures.map((f) => reportIdentity(f, fixtureList).id)).toEqual(ids);
  });

  it('should stop with the file and the authority named where the reviewed list lacks it', () => {
    const [other] = fixtures;
    expect(() => reportIdentity(other!)).toThrow(AUTHORITIES_FILE);
    expect(() => reportIdentity(other!)).toThrow(`"${other!.metadata.authority}"`);
  });

  it('should refuse a list whose code is not a GSS code, naming the entry', () => {
    const broken = { source: 'x', authorities: [{ name: 'Somewhere', gss: 'E0900003', checked: 'x' }] };
    expect(() => authorities(broken)).toThrow(/content\/authorities\.json: authorities\.0\.gss/);
  });
});

describe('dataId', () => {
  it('should put the report id, a slash and the local id together, so the same local id in two reports differs', () => {
    const a = reportIdentity(real);
    const b = reportIdentity(fixtures[0]!, fixtureList);
    expect(dataId(a, 'sg-3m-4')).toBe(`${a.id}/sg-3m-4`);
    expect(dataId(a, 'sg-3m-4')).not.toBe(dataId(b, 'sg-3m-4'));
  });
});

describe('reuseExplanation', () => {
  it('should explain a notice printed exactly as reviewed, and nothing else', () => {
    expect(reuseExplanation(real.metadata.reproduction)).toMatch(/non-commercial|profit/i);
    expect(reuseExplanation(`${real.metadata.reproduction} Except for photographs.`)).toBeUndefined();
  });
});
