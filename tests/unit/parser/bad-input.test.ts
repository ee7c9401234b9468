import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { REAL_REPORT } from './reports.ts';

const run = promisify(execFile);
// Node 22 from node_modules runs the CLI's TypeScript directly; a bare `node` may be v20.
const NODE = 'node_modules/.bin/node';

/** Runs the real command line on a file: exit code, stdout and stderr. */
async function parseCli(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(NODE, ['scripts/parse.ts', file]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
let real: string;
let lines: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bad-input-'));
  real = await readFile(REAL_REPORT, 'utf8');
  lines = real.split('\n');
});

/** 1-based number of the first line that equals `line` (or starts with it), from `from`. */
function lineOf(text: string, line: string, from = 1): number {
  const at = text.split('\n').findIndex((l, i) => i + 1 >= from && (l === line || l.startsWith(line)));
  if (at === -1) throw new Error(`test setup: no line "${line}"`);
  return at + 1;
}

/** Writes a damaged copy and expects one line `file:line: reason`, exit 1, nothing on stdout. */
async function expectOneError(name: string, content: string | Uint8Array, line: number, reason: RegExp) {
  const file = join(dir, name);
  await writeFile(file, content);
  const { code, stdout, stderr } = await parseCli(file);
  expect(stdout).toBe('');
  expect(code).toBe(1);
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  const [, where, message] = /^(.*?:\d+): (.*)\n$/.exec(stderr) ?? [];
  expect(where).toBe(`${file}:${line}`);
  expect(message).toMatch(reason);
}

/** The number of the last line with text: where the parser reports a report that stops short. */
const lastTextLine = (text: string) => text.trimEnd().split('\n').length;

const without = (from: number, to = from) => lines.filter((_, i) => i + 1 < from || i + 1 > to).join('\n');
const replaceLine = (n: number, text: string) => lines.map((l, i) => (i + 1 === n ? text : l)).join('\n');

describe('npm run parse on bad input', () => {
  it('should print the model and exit 0 on the real report (the baseline the damage starts from)', async () => {
    const { code, stdout, stderr } = await parseCli(REAL_REPORT);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout).paragraphs).toHaveLength(159);
  });

  it('should refuse an empty file at line 1', async () => {
    await expectOneError('empty.txt', '', 1, /empty/);
  });

  it('should refuse a file of blank lines at line 1', async () => {
    await expectOneError('blank.txt', '\n\n  \n', 1, /empty/);
  });

  it('should refuse binary bytes (a NUL) at the line they are on', async () => {
    const bytes = Buffer.concat([
      Buffer.from(lines.slice(0, 9).join('\n') + '\n'),
      Buffer.from([0x50, 0x4b, 0x00, 0x03]),
      Buffer.from(lines.slice(9).join('\n')),
    ]);
    await expectOneError('nul.txt', bytes, 10, /not a text file.*NUL/);
  });

  it('should refuse bytes that are not UTF-8 at the line they are on', async () => {
    const bytes = Buffer.concat([
      Buffer.from(lines.slice(0, 40).join('\n') + '\n'),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from(lines.slice(40).join('\n')),
    ]);
    await expectOneError('latin.txt', bytes, 41, /not valid UTF-8/);
  });

  it('should refuse a gap in the paragraph numbering at the paragraph after the gap', async () => {
    const damaged = without(lineOf(real, '20. '));
    await expectOneError('gap.txt', damaged, lineOf(damaged, '21. '), /jumps from 19 to 21: paragraph 20 is missing/);
  });

  it('should refuse a repeated paragraph at its second occurrence', async () => {
    const at = lineOf(real, '20. ');
    const damaged = [...lines.slice(0, at), lines[at - 1]!, ...lines.slice(at)].join('\n');
    await expectOneError('repeat.txt', damaged, at + 1, /paragraph 20 repeats \(it was at line \d+\)/);
  });

  it('should refuse a grade outside the four-point scale at its grade line', async () => {
    const at = lineOf(real, 'Grade 2 (Good)');
    await expectOneError(
      'grade5.txt',
      replaceLine(at, 'Grade 5 (Excellent)'),
      at,
      /"5" is outside the four-point scale/,
    );
  });

  it('should refuse an inline grade outside the scale at its heading line', async () => {
    const at = lineOf(real, 'Enjoying and achieving**');
    await expectOneError(
      'grade5-inline.txt',
      replaceLine(at, 'Enjoying and achieving**Grade 5 (Excellent)**'),
      at,
      /outside the four-point scale/,
    );
  });

  it('should refuse a grade whose label contradicts its number', async () => {
    const at = lineOf(real, 'Grade 2 (Good)');
    await expectOneError(
      'label.txt',
      replaceLine(at, 'Grade 2 (Outstanding)'),
      at,
      /grade 2 is labelled "Outstanding" but the scale calls grade 2 "Good"/,
    );
  });

  it('should refuse a report truncated before its second part at the last line', async () => {
    const damaged = lines
      .slice(0, lineOf(real, 'Services for looked after children', lineOf(real, '83. ')) - 1)
      .join('\n');
    await expectOneError(
      'no-part.txt',
      damaged,
      lastTextLine(damaged),
      /no "Services for looked after children" part \(is it truncated\?\)/,
    );
  });

  it('should refuse a report missing a section the contents list, at the contents line', async () => {
    const heading = 'Safeguarding outcomes for children and young people';
    const damaged = without(
      lineOf(real, heading, lineOf(real, '28. ')),
      lineOf(real, heading, lineOf(real, '28. ')) + 1,
    );
    await expectOneError(
      'no-section.txt',
      damaged,
      lineOf(damaged, heading),
      /the contents list "Safeguarding outcomes for children and young people" \(page 9\) but no such heading follows/,
    );
  });

  it('should refuse a report without its record of main findings at the last line', async () => {
    const damaged = lines.slice(0, lineOf(real, 'Record of main findings:') - 1).join('\n');
    await expectOneError(
      'no-record.txt',
      damaged,
      lastTextLine(damaged),
      /no "Record of main findings" \(is it truncated\?\)/,
    );
  });

  it('should refuse a record of main findings cut off after a group label', async () => {
    const at = lineOf(
      real,
      'How good are outcomes for looked after children and care leavers?\t',
      lineOf(real, 'Record of main findings:'),
    );
    await expectOneError('cut-record.txt', lines.slice(0, at).join('\n'), at, /has no grade and no rows under it/);
  });

  it('should refuse a record row that contradicts the body judgement, at the row, naming the body line', async () => {
    const at = lineOf(real, 'Capacity for improvement\tOutstanding');
    const body = lineOf(real, 'Grade 1 (Outstanding)', lineOf(real, 'Capacity for improvement', lineOf(real, '14. ')));
    await expectOneError(
      'contradiction.txt',
      replaceLine(at, 'Capacity for improvement\tGood'),
      at,
      new RegExp(
        `grades "Capacity for improvement" \\(Safeguarding services\\) Good, but the body grades it Outstanding at line ${body}$`,
      ),
    );
  });

  it('should refuse a recommendation bullet outside any timescale, at the bullet', async () => {
    const at = lineOf(real, 'Immediately:');
    const damaged = without(at, at + 1);
    await expectOneError('no-timescale.txt', damaged, at, /a bullet outside any timescale/);
  });

  it('should refuse a graded heading the framework does not know, naming content/framework.json', async () => {
    const at = lineOf(real, 'Enjoying and achieving**');
    await expectOneError(
      'unknown-area.txt',
      replaceLine(at, 'Being wealthy**Grade 1 (Outstanding)**'),
      at,
      /"Being wealthy" is not a judgement area of the framework \(content\/framework\.json\)/,
    );
  });

  it('should quote at most about 80 characters of a very long bad line, and print the whole message before it exits', async () => {
    const at = lineOf(
      real,
      'Capacity for improvement',
      lineOf(real, 'Safeguarding services', lineOf(real, 'Contents') + 20),
    );
    const long = `Zz ${'x'.repeat(5_000_000)}`;
    await expectOneError('long-line.txt', replaceLine(at, long), at, /^"Zz x{70,80}…" is not a heading/);
    const { stderr } = await parseCli(join(dir, 'long-line.txt'));
    expect(stderr.length).toBeLessThan(300);
  });

  it('should read UTF-16 text with a byte-order mark as the same report', async () => {
    const utf8 = await parseCli(REAL_REPORT);
    for (const [name, bytes] of [
      ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(real, 'utf16le')])],
      ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(real, 'utf16le').swap16()])],
    ] as const) {
      await writeFile(join(dir, name), bytes);
      const parsed = await parseCli(join(dir, name));
      expect(parsed.code, name).toBe(0);
      expect({ ...JSON.parse(parsed.stdout), source: null }, name).toEqual({
        ...JSON.parse(utf8.stdout),
        source: null,
      });
    }
  });

  it('should refuse UTF-32 text with a byte-order mark, naming its encoding and asking for UTF-8', async () => {
    const utf32le = Buffer.alloc(4 + real.length * 4);
    utf32le.set([0xff, 0xfe, 0, 0]);
    Array.from(real).forEach((c, i) => utf32le.writeUInt32LE(c.codePointAt(0)!, 4 + i * 4));
    await expectOneError('utf32le.txt', utf32le, 1, /encoded as UTF-32LE .*: save it as UTF-8/);
    const utf32be = Buffer.from(utf32le);
    utf32be.swap32();
    await expectOneError('utf32be.txt', utf32be, 1, /encoded as UTF-32BE .*: save it as UTF-8/);
  });

  it('should refuse a missing file at line 1', async () => {
    const file = join(dir, 'never-written.txt');
    const { code, stdout, stderr } = await parseCli(file);
    expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: '', stderr: `${file}:1: no such file\n` });
  });
});
