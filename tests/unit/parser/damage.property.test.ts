import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Report } from '../../../src/model/schema.ts';
import { parseBytes, ReportError } from '../../../src/parser/index.ts';
import { anyDamage, applyDamage, bytes, type Damage, drop, duplicate, swap, truncate } from './damage.ts';
import { wordsOf } from './published-words.ts';
import { FIXTURES, load, REAL_REPORT, theFramework } from './reports.ts';

const framework = await theFramework();
/**
 * Runs per property. Each run parses a whole report (about 35 ms), so the default keeps
 * the unit tests to seconds; fast-check draws a new seed each run, so coverage builds up over
 * runs. `FC_RUNS=500 npm run test:unit` searches deeper.
 */
const RUNS = Number(process.env.FC_RUNS ?? 30);
// Generous, to catch a hang or runaway backtracking, not to measure speed.
const MAX_MS = 5_000;

// A line the markdown reader takes for a numbered paragraph: up to three spaces, digits, "." or ")".
const NUMBERED_LINE = /^ {0,3}(\d{1,9})[.)](?:[ \t]+(.*))?$/;

/**
 * Parses damaged bytes and checks the outcome: a ReportError with a line in the file, or a
 * valid model that holds every numbered-paragraph line of the input under its number.
 */
function parsesSafely(input: Uint8Array): void {
  const started = performance.now();
  let report: Report;
  try {
    report = parseBytes('damaged.txt', input, framework);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    expect(error.message).toMatch(/^damaged\.txt:\d+: \S/);
    expect(error.message).not.toContain('\n');
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(
      Buffer.from(input)
        .toString('latin1')
        .split(/\r\n?|\n/).length,
    );
    return;
  } finally {
    expect(performance.now() - started).toBeLessThan(MAX_MS);
  }
  expect(Report.safeParse(report).success).toBe(true);
  const text = new TextDecoder().decode(input).replace(/^\uFEFF/, '');
  for (const line of text.split(/\r\n?|\n/)) {
    const m = NUMBERED_LINE.exec(line);
    if (!m) continue;
    const paragraph = report.paragraphs.find((p) => p.number === Number(m[1]));
    expect(paragraph, `paragraph ${m[1]} of "${line.slice(0, 60)}"`).toBeDefined();
    expect(` ${wordsOf(paragraph!.text).join(' ')} `).toContain(` ${wordsOf(m[2] ?? '').join(' ')} `);
  }
}

const { bytes: real } = await load(REAL_REPORT);

function damages(arbitrary: fc.Arbitrary<Damage>, input: Uint8Array, numRuns = RUNS) {
  fc.assert(
    fc.property(fc.array(arbitrary, { minLength: 1, maxLength: 3 }), (damage) =>
      parsesSafely(applyDamage(input, damage)),
    ),
    { numRuns },
  );
}

describe('parseBytes on randomly damaged reports', () => {
  it('should read the undamaged report safely (the check itself passes on good input)', () => {
    parsesSafely(real);
  });

  it('should catch a silently lost paragraph (the check can fail)', () => {
    const report = parseBytes('x.txt', real, framework);
    const lost = { ...report, paragraphs: report.paragraphs.filter((p) => p.number !== 158) };
    const numbered = new TextDecoder()
      .decode(real)
      .split('\n')
      .filter((l) => NUMBERED_LINE.test(l));
    expect(numbered.some((l) => !lost.paragraphs.some((p) => l.startsWith(`${p.number}. `)))).toBe(true);
  });

  it('should never crash, hang or lose a paragraph when lines are dropped', () => damages(drop, real));
  it('should never crash, hang or lose a paragraph when lines are duplicated', () => damages(duplicate, real));
  it('should never crash, hang or lose a paragraph when lines are swapped', () => damages(swap, real));
  it('should never crash, hang or lose a paragraph when the file is truncated', () =>
    damages(truncate, real, Math.ceil(RUNS / 2)));
  it('should never crash, hang or lose a paragraph when random bytes are inserted', () => damages(bytes, real));
  it('should never crash, hang or lose a paragraph under mixed damage', () => damages(anyDamage, real));

  for (const file of FIXTURES) {
    it(`should never crash, hang or lose a paragraph of ${file.split('/').at(-1)} under mixed damage`, async () => {
      damages(anyDamage, (await load(file)).bytes);
    });
  }
});
