import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReviewedFindings, REVIEWED_FINDINGS_FILE } from '../../../src/derive/reviewed-findings.ts';
import type { Report } from '../../../src/model/schema.ts';
import { parseReportFile, ReportError } from '../../../src/parser/index.ts';

let report: Report;
let text: string;
beforeAll(async () => {
  report = await parseReportFile('content/tower-hamlets-2012.txt');
  text = await readFile(REVIEWED_FINDINGS_FILE, 'utf8');
});

/** The error a check throws, as the build prints it. */
function errorOf(run: () => unknown): ReportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error('expected the check to fail');
}

const lineOf = (body: string, needle: string) => body.slice(0, body.indexOf(needle)).split('\n').length;

describe('checkReviewedFindings', () => {
  it('should accept the reviewed file in content/: every recommendation reviewed once, every quote in its paragraph', () => {
    const checked = checkReviewedFindings(report, REVIEWED_FINDINGS_FILE, text);
    expect(checked.applies).toBe(true);
    if (!checked.applies) return;
    expect(checked.file.recommendations.map((r) => r.recommendation)).toEqual(report.recommendations.map((r) => r.id));
    for (const review of checked.file.recommendations) {
      expect(
        review.findings.length === 0 ? review.unstated : review.findings.length,
        review.recommendation,
      ).toBeTruthy();
      expect(review.findings.length).toBeLessThanOrEqual(3);
    }
  });

  it("should fail at the quote's line when the paragraph no longer contains the quoted sentence", () => {
    const edited = structuredClone(report);
    const p22 = edited.paragraphs.find((p) => p.number === 22)!;
    p22.text = p22.text.replace('does not currently exercise', 'now exercises');
    const error = errorOf(() => checkReviewedFindings(edited, REVIEWED_FINDINGS_FILE, text));
    expect(error.file).toBe(REVIEWED_FINDINGS_FILE);
    expect(error.line).toBe(lineOf(text, 'does not currently exercise'));
    expect(error.message).toMatch(
      /paragraph 22 does not contain the sentence quoted as its finding, "Although the Local/,
    );
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it('should fail naming the entry for an unknown recommendation, a missing paragraph, or a finding and "unstated" together', () => {
    const json = JSON.parse(text);
    json.recommendations[0].recommendation = 'sg-9m-9';
    const unknown = JSON.stringify(json, null, 2);
    expect(errorOf(() => checkReviewedFindings(report, 'f.json', unknown))).toMatchObject({
      line: lineOf(unknown, '"sg-9m-9"'),
      reason: 'the report has no recommendation "sg-9m-9"',
    });

    const json2 = JSON.parse(text);
    json2.recommendations[1].findings[0].paragraph = 999;
    expect(errorOf(() => checkReviewedFindings(report, 'f.json', JSON.stringify(json2, null, 2))).reason).toMatch(
      /has no paragraph 999/,
    );

    const json3 = JSON.parse(text);
    json3.recommendations[0].unstated = 'both';
    const both = JSON.stringify(json3, null, 2);
    expect(errorOf(() => checkReviewedFindings(report, 'f.json', both))).toMatchObject({
      line: lineOf(both, `"${json3.recommendations[0].recommendation}"`),
    });
  });

  it('should apply to no other report, saying which report it was made for', () => {
    const other = { ...report, source: { ...report.source, file: 'eastmere.txt' } };
    expect(checkReviewedFindings(other, REVIEWED_FINDINGS_FILE, text)).toEqual({
      applies: false,
      why: expect.stringContaining('tower-hamlets-2012.txt'),
    });
  });

  it('should refuse a file that is not JSON at line 1', () => {
    expect(errorOf(() => checkReviewedFindings(report, 'f.json', '{ nope'))).toMatchObject({ file: 'f.json', line: 1 });
  });
});
