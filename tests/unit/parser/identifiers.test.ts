import { slug } from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../../src/parser/index.ts';
import { readGolden } from '../../lib/golden.ts';
import { FIXTURES, load, REAL_REPORT, theFramework } from './reports.ts';

/** The public identifiers of a report: what URLs and citations are built from. */
async function identifiers(file: string) {
  const { report } = await load(file);
  return {
    paragraphs: report.paragraphs.map((p) => p.id),
    recommendations: report.recommendations.map((r) => r.id),
    sections: report.outline.map((s) => s.slug),
    contents: report.contents.map((c) => c.slug),
  };
}

const SNAPSHOT = 'tests/fixtures/tower-hamlets-2012.ids.json';

describe('identifiers are public URLs', () => {
  it('should give the real report exactly the reviewed ids and slugs (UPDATE=1 rewrites them)', async () => {
    const ids = await identifiers(REAL_REPORT);
    expect(ids).toEqual(await readGolden(SNAPSHOT, ids));
  });

  it('should make the named-GP recommendation sg-3m-4 and the last one lac-6m-1', async () => {
    const { report } = await load(REAL_REPORT);
    expect(report.recommendations.find((r) => r.id === 'sg-3m-4')?.text).toMatch(
      /^appoint a named GP to support the work of the LSCB/,
    );
    expect(report.recommendations.at(-1)?.id).toBe('lac-6m-1');
  });

  for (const file of [REAL_REPORT, ...FIXTURES]) {
    it(`should derive every id in ${file.split('/').at(-1)} by rule`, async () => {
      const { report } = await load(file);
      for (const p of report.paragraphs) expect(p.id).toBe(`p${p.number}`);
      const seen = new Map<string, number>();
      for (const r of report.recommendations) {
        const code = report.parts.find((p) => p.id === r.part)!.code;
        const key = `${code}-${r.timescale}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
        expect(r.ordinal).toBe(seen.get(key));
        expect(r.id).toBe(`${key}-${r.ordinal}`);
        expect(r.timescale).toBe(r.months === 0 ? 'im' : `${r.months}m`);
      }
      for (const s of report.outline) {
        const own = s.kind === 'part' ? s.part : slug(s.title);
        expect(s.slug).toBe(s.kind === 'part' || s.kind === 'record' || !s.part ? own : `${s.part}/${own}`);
      }
      expect(new Set(report.outline.map((s) => s.slug)).size).toBe(report.outline.length);
    });
  }

  it('should keep every id when paragraph wording changes', async () => {
    const { text } = await load(REAL_REPORT);
    const before = await identifiers(REAL_REPORT);
    const edited = text
      .replace('appoint a named GP', 'appoint a designated GP')
      .replace('Tower Hamlets has a resident', 'The borough has a resident');
    const report = parseBytes('edited.txt', new TextEncoder().encode(edited), await theFramework());
    expect(report.recommendations.find((r) => r.id === 'sg-3m-4')?.text).toMatch(/^appoint a designated GP/);
    expect({
      paragraphs: report.paragraphs.map((p) => p.id),
      recommendations: report.recommendations.map((r) => r.id),
      sections: report.outline.map((s) => s.slug),
      contents: report.contents.map((c) => c.slug),
    }).toEqual(before);
  });

  it('should number a new recommendation after the ones in its own list only', async () => {
    const { text } = await load(REAL_REPORT);
    const added = text.replace(
      '- ensure that NHS commissioners',
      '- publish the new plan to families\n- ensure that NHS commissioners',
    );
    const report = parseBytes('added.txt', new TextEncoder().encode(added), await theFramework());
    const ids = report.recommendations.map((r) => r.id);
    expect(ids.filter((id) => id.startsWith('sg-6m-'))).toEqual(['sg-6m-1', 'sg-6m-2', 'sg-6m-3', 'sg-6m-4']);
    expect(ids.filter((id) => !id.startsWith('sg-6m-'))).toEqual(
      (await identifiers(REAL_REPORT)).recommendations.filter((id) => !id.startsWith('sg-6m-')),
    );
  });
});
