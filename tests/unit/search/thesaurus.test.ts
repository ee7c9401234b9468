/**
 * The thesaurus (content/thesaurus.json) is reviewed content the site adds: each everyday word
 * leads to words the report itself uses, so every target must occur in the report, and a build
 * from a thesaurus with a target the report lacks fails, naming the file and the entry.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/model/schema.ts';
import { parseReportFile } from '../../../src/parser/index.ts';
import { loadThesaurus, reportTexts, THESAURUS_FILE } from '../../../src/search/load-thesaurus.ts';
import { checkThesaurus, ThesaurusFile } from '../../../src/search/thesaurus.ts';

let report: Report;
beforeAll(async () => {
  report = await parseReportFile('content/tower-hamlets-2012.txt');
});

describe('content/thesaurus.json', () => {
  it('should validate against its schema and give every entry a reason', async () => {
    const file = ThesaurusFile.parse(JSON.parse(await readFile(THESAURUS_FILE, 'utf8')));
    expect(file.entries.length).toBeGreaterThan(60);
    for (const entry of file.entries) expect(entry.note.length, entry.everyday).toBeGreaterThan(10);
  });

  it('should have every target occur in the report as whole words', async () => {
    const { entries } = ThesaurusFile.parse(JSON.parse(await readFile(THESAURUS_FILE, 'utf8')));
    expect(checkThesaurus(entries, reportTexts(report))).toEqual([]);
    // Read back by the loader the build uses.
    expect(await loadThesaurus(report)).toHaveLength(entries.length);
  });
});

describe('loadThesaurus', () => {
  it('should fail naming the file and the entry when a target does not occur in the report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thesaurus-'));
    const file = join(dir, 'thesaurus.json');
    const entries = [
      { everyday: 'jobs', report: ['employment'], note: 'The report says employment.' },
      { everyday: 'space', report: ['astronaut'], note: 'A word no inspection of children’s services uses.' },
    ];
    await writeFile(file, JSON.stringify({ report: report.source.file, about: '', entries }));
    await expect(loadThesaurus(report, file)).rejects.toThrow(
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:[\\s\\S]*entries\\[1\\] "space": "astronaut" does not occur`,
      ),
    );
  });

  it('should fail naming the field when an entry lacks its reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thesaurus-'));
    const file = join(dir, 'thesaurus.json');
    await writeFile(
      file,
      JSON.stringify({
        report: report.source.file,
        about: '',
        entries: [{ everyday: 'jobs', report: ['employment'] }],
      }),
    );
    await expect(loadThesaurus(report, file)).rejects.toThrow(/entries\.0\.note/);
  });

  it('should use no entries for another report than the one it was reviewed against', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thesaurus-'));
    const file = join(dir, 'thesaurus.json');
    await writeFile(
      file,
      JSON.stringify({
        report: 'another-report.txt',
        about: '',
        entries: [{ everyday: 'x', report: ['not there'], note: 'for another report' }],
      }),
    );
    expect(await loadThesaurus(report, file)).toEqual([]);
  });
});
