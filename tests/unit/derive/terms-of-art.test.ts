import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTermsOfArt } from '../../../src/derive/terms-of-art.ts';
import { FirstUses, splitTerms } from '../../../src/lib/term-text.ts';
import { REPORT_FILE } from '../../../src/lib/report-file.ts';
import { parseReportFile } from '../../../src/parser/index.ts';

const terms = [
  { id: 'looked-after', forms: ['looked after'] },
  { id: 'cpp', forms: ['child protection plan'] },
  { id: 'cp', forms: ['child protection'] },
  { id: 'post-16', forms: ['post-16'] },
];

describe('splitTerms', () => {
  it('should mark a term in any letter case or plural and keep the words around it', () => {
    expect(splitTerms('Looked after children and child protection plans', terms)).toEqual([
      { text: 'Looked after', term: 'looked-after' },
      { text: ' children and ' },
      { text: 'child protection plans', term: 'cpp' },
    ]);
  });

  it('should prefer the longer form and never mark part of a word', () => {
    expect(
      splitTerms('a child protection plan; child protection work; post-16s; post-160', terms).filter((p) => p.term),
    ).toEqual([
      { text: 'child protection plan', term: 'cpp' },
      { text: 'child protection', term: 'cp' },
      { text: 'post-16s', term: 'post-16' },
    ]);
  });

  it('should give the text back when its pieces are joined', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (s) =>
          splitTerms(s, terms)
            .map((p) => p.text)
            .join('') === s,
      ),
    );
  });
});

describe('FirstUses', () => {
  it('should say yes once per key', () => {
    const uses = new FirstUses();
    expect([uses.take('a'), uses.take('b'), uses.take('a')]).toEqual([true, true, false]);
  });
});

const report = await parseReportFile(REPORT_FILE);

describe('loadTermsOfArt', () => {
  const entry = (term: string) => ({
    id: 'x-term',
    term,
    explanation: 'An explanation long enough to pass.',
    source: 'Children Act 1989',
  });
  const fileWith = async (content: object) => {
    const file = join(await mkdtemp(join(tmpdir(), 'terms-')), 'terms-of-art.json');
    await writeFile(file, JSON.stringify(content));
    return file;
  };

  it('should read the project’s file, every term of which the report uses', async () => {
    const loaded = await loadTermsOfArt(report);
    expect(loaded.length).toBeGreaterThanOrEqual(10);
  });

  it('should stop with the file and the entry when a term does not occur in the report', async () => {
    const file = await fileWith({
      report: report.source.file,
      terms: [entry('looked after'), { ...entry('zebra crossing'), id: 'zebra' }],
    });
    await expect(loadTermsOfArt(report, file)).rejects.toThrow(
      `${file}: terms.1 (zebra): "zebra crossing" does not occur in`,
    );
  });

  it('should stop with the field when an entry is malformed', async () => {
    const file = await fileWith({ report: report.source.file, terms: [{ ...entry('looked after'), source: '' }] });
    await expect(loadTermsOfArt(report, file)).rejects.toThrow(`${file}: terms.0.source:`);
  });

  it('should explain nothing for a report the file was not written for', async () => {
    const file = await fileWith({ report: 'another-report.txt', terms: [entry('zebra crossing')] });
    await expect(loadTermsOfArt(report, file)).resolves.toEqual([]);
  });
});
