import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Framework } from '../../../src/model/schema.ts';
import { parseBytes, ReportError } from '../../../src/parser/index.ts';
import { FRAMEWORK_FILE, loadFramework } from '../../../src/parser/framework.ts';
import { FIXTURES, load, REAL_REPORT } from './reports.ts';

const framework = await loadFramework();

describe('content/framework.json', () => {
  it('should validate against the Framework schema', async () => {
    const raw = JSON.parse(await readFile(FRAMEWORK_FILE, 'utf8'));
    expect(Framework.safeParse(raw).success).toBe(true);
    await expect(loadFramework()).resolves.toMatchObject({ gradeScale: expect.any(Array) });
  });

  it('should give each theme, part and area title once', async () => {
    const framework = await loadFramework();
    const once = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    once(framework.themes.map((t) => t.id));
    once(framework.parts.map((p) => p.id));
    once(framework.parts.map((p) => p.code));
    once(framework.themes.flatMap((t) => t.areas.map((a) => a.toLowerCase())));
    expect(framework.gradeScale.map((g) => g.grade)).toEqual([1, 2, 3, 4]);
  });

  for (const file of [REAL_REPORT, ...FIXTURES]) {
    it(`should define every theme and part that ${file.split('/').at(-1)} uses`, async () => {
      const { report } = await load(file);
      const framework = await loadFramework();
      const themes = new Set(framework.themes.map((t) => t.id));
      const parts = new Set(framework.parts.map((p) => p.id));
      const used = [
        ...report.outline.map((s) => s.theme),
        ...report.judgements.map((j) => j.theme),
        ...report.recordOfMainFindings.map((r) => r.theme),
      ].filter((t) => t !== null);
      expect(used.length).toBeGreaterThan(0);
      for (const theme of used) expect(themes).toContain(theme);
      for (const part of [...report.paragraphs.map((p) => p.part), ...report.judgements.map((j) => j.part)]) {
        if (part !== null) expect(parts).toContain(part);
      }
    });
  }

  it('should refuse an invalid framework file with an error naming that file', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'framework-')), 'framework.json');
    const raw = JSON.parse(await readFile(FRAMEWORK_FILE, 'utf8'));
    raw.gradeScale.pop();
    await writeFile(file, JSON.stringify(raw));
    await expect(loadFramework(file)).rejects.toThrow(
      new ReportError(file, 1, 'framework gradeScale: the grade scale has four points'),
    );
  });

  it('should name the publisher citations start with, and refuse a framework without one', async () => {
    expect(framework.publisher).toBe('Ofsted');
    expect((await load(REAL_REPORT)).report.publisher).toBe('Ofsted');
    const file = join(await mkdtemp(join(tmpdir(), 'framework-')), 'framework.json');
    const raw = JSON.parse(await readFile(FRAMEWORK_FILE, 'utf8'));
    delete raw.publisher;
    await writeFile(file, JSON.stringify(raw));
    await expect(loadFramework(file)).rejects.toThrow(/^.*framework\.json:1: framework publisher: /);
  });

  it('should refuse a framework file that is not JSON, naming that file', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'framework-')), 'framework.json');
    await writeFile(file, '{ not json');
    const error = await loadFramework(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).message).toMatch(new RegExp(`^${file}:1: cannot read the framework`));
  });

  it('should refuse an inline-graded heading the framework does not know, naming content/framework.json', async () => {
    const { text, report } = await load('tests/fixtures/reports/westbrook-minimal.txt');
    const at = report.paragraphs.find((p) => p.number === 2)!.source.endLine;
    const lines = text.split('\n');
    lines.splice(at, 0, '', 'Resilience**Grade 2 (Good)**');
    const error = catchError(() => parseBytes('unknown.txt', new TextEncoder().encode(lines.join('\n')), framework));
    expect(error).toBeInstanceOf(ReportError);
    expect(error).toMatchObject({
      line: at + 2,
      reason: expect.stringContaining('"Resilience" is not a judgement area of the framework (content/framework.json)'),
    });
  });

  it('should refuse a contents-listed heading with a grade line that the framework does not know', async () => {
    const { text } = await load('tests/fixtures/reports/westbrook-minimal.txt');
    const damaged = text
      .replace('Overall effectiveness\t3\n', 'Overall effectiveness\t3\nResilience\t3\n')
      .replace(
        '2. Safeguarding services are adequate.\n',
        '2. Safeguarding services are adequate.\n\nResilience\n\nGrade 2 (Good)\n',
      );
    const lines = damaged.split('\n');
    const error = catchError(() => parseBytes('unknown.txt', new TextEncoder().encode(damaged), framework));
    expect(error).toMatchObject({
      line: lines.indexOf('Grade 2 (Good)') + 1,
      reason: expect.stringContaining('content/framework.json'),
    });
  });
});

function catchError(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
