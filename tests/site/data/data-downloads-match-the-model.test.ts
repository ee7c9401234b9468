import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FILE } from '../../../src/lib/report-file.ts';
import { Report } from '../../../src/model/schema.ts';
import { parseReportFile } from '../../../src/parser/index.ts';
import { shownLinks } from '../../lib/evidence-pages.ts';
import { SITE_DIR } from '../../lib/site.ts';

const read = (file: string) => readFile(join(SITE_DIR, 'data', file), 'utf8');
const csv = async (file: string): Promise<Record<string, string>[]> =>
  parse(await read(file), { columns: true, bom: true });

let model: Report;
let published: unknown;
beforeAll(async () => {
  model = await parseReportFile(REPORT_FILE);
  published = JSON.parse(await read('report.json'));
});

describe('/data/report.json', () => {
  it('should validate against the Report schema', () => {
    expect(Report.safeParse(published).error?.issues ?? []).toEqual([]);
  });

  it("should equal the parser's model of the report, field for field, once the report's identity is set aside", () => {
    const { report: _identity, ...rest } = published as Record<string, unknown>;
    const withoutIdentity = (records: unknown) =>
      (records as Record<string, unknown>[]).map(
        ({ uid: _u, reportId: _r, authority: _a, published: _p, ...record }) => record,
      );
    const judgements = withoutIdentity(rest.judgements).map(({ id: _id, ...j }) => j);
    expect({
      ...rest,
      paragraphs: withoutIdentity(rest.paragraphs),
      recommendations: withoutIdentity(rest.recommendations),
      judgements,
    }).toEqual(JSON.parse(JSON.stringify(model)));
  });
});

describe('/data/report.schema.json', () => {
  it('should be a valid JSON Schema that report.json satisfies', async () => {
    const schema = JSON.parse(await read('report.schema.json'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // Compiling checks the schema against the draft 2020-12 meta-schema; formats are
    // checked by the patterns zod writes beside them, so ajv's format plugin is not needed.
    const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    expect(validate(published) ? [] : validate.errors).toEqual([]);
  });

  it('should reject a model with a recommendation missing its due date', async () => {
    const validate = new Ajv2020({ validateFormats: false }).compile(JSON.parse(await read('report.schema.json')));
    const broken = structuredClone(published) as { recommendations: Record<string, unknown>[] };
    delete broken.recommendations[0]!.dueDate;
    expect(validate(broken)).toBe(false);
  });

  it('should describe every top-level field', async () => {
    const schema = JSON.parse(await read('report.schema.json'));
    for (const [name, field] of Object.entries(schema.properties as Record<string, { description?: string }>)) {
      expect(field.description, name).toBeTruthy();
    }
  });
});

describe('the CSV downloads', () => {
  it('should have one judgements.csv row per judgement, with its grade and section link', async () => {
    const rows = (await csv('judgements.csv')).filter((r) => r.record_only === 'false');
    expect(rows).toHaveLength(model.judgements.length);
    expect(rows.map((r) => [r.part, r.area, Number(r.grade), r.label])).toEqual(
      model.judgements.map((j) => [j.part, j.area, j.grade, j.label]),
    );
    for (const [i, r] of rows.entries())
      expect(new URL(r.section_url!).pathname).toMatch(new RegExp(`/read/${model.judgements[i]!.section}/$`));
  });

  it('should list the areas graded only in the record of main findings too, marked so and linking to the record', async () => {
    const all = await csv('judgements.csv');
    const recordOnly = model.recordOfMainFindings.filter((row) => !row.narrative);
    expect(recordOnly.map((row) => row.area)).toContain('Equality and diversity');
    expect(all).toHaveLength(model.judgements.length + recordOnly.length);
    const rows = all.filter((r) => r.record_only === 'true');
    expect(rows.map((r) => [r.part, r.area, Number(r.grade), r.label])).toEqual(
      recordOnly.map((j) => [j.part, j.area, j.grade, j.label]),
    );
    const record = model.outline.find((s) => s.kind === 'record')!;
    for (const r of rows) expect(new URL(r.section_url!).pathname).toMatch(new RegExp(`/read/${record.slug}/$`));
  });

  it('should start every CSV file with a byte order mark, so Excel reads its en dashes and curly quotes as UTF-8', async () => {
    for (const file of ['judgements.csv', 'recommendations.csv', 'paragraphs.csv', 'evidence.csv']) {
      const bytes = await readFile(join(SITE_DIR, 'data', file));
      expect([...bytes.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
    }
    // The report's en dashes are in the files as UTF-8, not replaced.
    expect(await read('paragraphs.csv')).toContain('–');
  });

  it('should have one recommendations.csv row per recommendation, with its text and due date', async () => {
    const rows = await csv('recommendations.csv');
    expect(rows.map((r) => [r.local_id, r.part, r.timescale, r.due_date, r.text])).toEqual(
      model.recommendations.map((r) => [r.id, r.part, r.timescale, r.dueDate, r.text]),
    );
    for (const r of rows) expect(new URL(r.url!).pathname).toMatch(new RegExp(`/recommendations/${r.local_id}/$`));
  });

  it('should have one paragraphs.csv row per paragraph, lists and all', async () => {
    const rows = await csv('paragraphs.csv');
    expect(rows.map((r) => [Number(r.number), r.text])).toEqual(model.paragraphs.map((p) => [p.number, p.text]));
  });

  it('should have one evidence.csv row per link a recommendation page shows, reviewed then computed, each kind ranked as shown', async () => {
    // Compared with what the recommendation pages show readers, not with the rule's output.
    const rows = await csv('evidence.csv');
    const shown: string[][] = [];
    for (const r of model.recommendations) {
      const page = await shownLinks(r.id);
      page.findings.forEach((f, i) =>
        shown.push([r.id, String(i + 1), String(f.paragraph), 'reviewed', f.sentence.replace(/\s+/g, ' '), '']),
      );
      page.similar.forEach((s, i) =>
        shown.push([r.id, String(i + 1), String(s.paragraph), 'computed', '', s.wording.join('; ')]),
      );
    }
    expect(shown.some((row) => row[3] === 'reviewed') && shown.some((row) => row[3] === 'computed')).toBe(true);
    expect(
      rows.map((r) => [r.recommendation!, r.rank!, r.paragraph!, r.source!, r.sentence!, r.shared_terms!]),
    ).toEqual(shown);
    for (const r of rows) expect(r.reason, `${r.recommendation} ${r.paragraph}`).not.toBe('');
  });
});
