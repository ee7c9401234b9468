/**
 * A data journalist stacks the files of many reports into one table: every CSV row and every
 * JSON record must say which report it is from, and every id must stay unique when they are put
 * together. Checked on two builds of different reports, as a journalist would stack them.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { REPORT_FILE } from '../../../src/lib/report-file.ts';
import { parseReportFile } from '../../../src/parser/index.ts';
import { OTHER_REPORT, OTHER_SITE_DIR, SITE_DIR } from '../../lib/site.ts';

interface Built {
  root: string;
  authority: string;
  published: string;
  json: {
    report: { id: string; authority: string; authorityCode: string; published: string };
    [records: string]: unknown;
  };
  csv: Map<string, Record<string, string>[]>;
}

async function built(root: string, reportFile: string): Promise<Built> {
  const { metadata } = await parseReportFile(reportFile);
  const files = (await readdir(join(root, 'data'))).filter((f) => f.endsWith('.csv'));
  const csv = new Map<string, Record<string, string>[]>();
  for (const file of files)
    csv.set(file, parse(await readFile(join(root, 'data', file), 'utf8'), { columns: true, bom: true }));
  const json = JSON.parse(await readFile(join(root, 'data', 'report.json'), 'utf8'));
  return { root, authority: metadata.authority, published: metadata.published, json, csv };
}

const builds = [await built(SITE_DIR, REPORT_FILE), await built(OTHER_SITE_DIR, OTHER_REPORT)];
const RECORDS = ['paragraphs', 'recommendations', 'judgements'] as const;

describe('every data row and record names its report', () => {
  it('should give report.json the report id, the authority as published, its GSS code and the publication date', () => {
    for (const b of builds) {
      expect(b.json.report, b.root).toMatchObject({ authority: b.authority, published: b.published });
      expect(b.json.report.authorityCode, b.root).toMatch(/^[ENSW]\d{8}$/);
    }
    // The code comes from the reviewed list, content/authorities.json: Tower Hamlets is E09000030.
    expect(builds[0]!.json.report.authorityCode).toBe('E09000030');
    expect(builds[0]!.json.report.id).not.toBe(builds[1]!.json.report.id);
  });

  it('should start every CSV row with its report id, authority and publication date', () => {
    for (const b of builds) {
      expect([...b.csv.keys()].sort(), b.root).toEqual([
        'evidence.csv',
        'judgements.csv',
        'paragraphs.csv',
        'recommendations.csv',
      ]);
      for (const [file, rows] of b.csv) {
        expect(rows.length, `${b.root} ${file}`).toBeGreaterThan(0);
        expect(Object.keys(rows[0]!).slice(0, 3), file).toEqual(['report_id', 'authority', 'authority_code']);
        for (const row of rows) {
          expect([row.report_id, row.authority, row.published], `${b.root} ${file}`).toEqual([
            b.json.report.id,
            b.authority,
            b.published,
          ]);
        }
      }
    }
  });

  it('should name the report in every paragraph, recommendation and judgement of report.json', () => {
    for (const b of builds) {
      for (const key of RECORDS) {
        const records = b.json[key] as Record<string, string>[];
        expect(records.length, `${b.root} ${key}`).toBeGreaterThan(0);
        for (const r of records)
          expect([r.reportId, r.authority, r.published], `${key} ${r.uid}`).toEqual([
            b.json.report.id,
            b.authority,
            b.published,
          ]);
      }
    }
  });

  it('should make every id in the data the report id, a slash and the id within the report', () => {
    for (const b of builds) {
      for (const [file, rows] of b.csv) {
        for (const row of rows) {
          expect(row.id!.startsWith(`${row.report_id}/`), `${file} ${row.id}`).toBe(true);
          if (row.local_id !== undefined) expect(row.id, file).toBe(`${row.report_id}/${row.local_id}`);
        }
      }
      for (const key of RECORDS) {
        for (const r of b.json[key] as Record<string, string>[]) expect(r.uid, key).toBe(`${b.json.report.id}/${r.id}`);
      }
    }
  });

  it('should give judgements ids, and keep every id unique across both reports put together', () => {
    const ids: string[] = [];
    for (const b of builds) {
      for (const j of b.json.judgements as Record<string, string>[])
        expect(j.id, j.area).toMatch(/^[a-z]+-[a-z0-9-]+$/);
      for (const rows of b.csv.values()) ids.push(...rows.map((r) => r.id!));
    }
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });
});
