/**
 * The action plan a scrutiny committee tracks: a workbook, a Word table and a calendar, each
 * read back as a council officer's software reads it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PLAN_FILES, planFile, readCalendar, readDocument, readWorkbook } from '../../lib/action-plan-files.ts';
import { all, attr, builtModel, dom, text } from '../../lib/reading-pages.ts';
import { OTHER_SITE_DIR, SITE_DIR, SUBPATH, SUBPATH_SITE_DIR, TEST_SITE_URL } from '../../lib/site.ts';

const report = await builtModel();
const recs = report.recommendations;
const csv = async (file: string, root = SITE_DIR): Promise<Record<string, string>[]> =>
  parse(await readFile(join(root, 'data', file), 'utf8'), { columns: true, bom: true });
/** The reviewed findings as the data publishes them, to compare the plan's finding column with. */
const reviewed = (await csv('evidence.csv')).filter((r) => r.source === 'reviewed');
const FILL_IN = ['Action', 'Lead officer', 'Success measure', 'RAG status', 'Progress notes', 'Last updated'];

describe('the action plan workbook', () => {
  it('should hold one row per recommendation, in report order, with its words, timescale and reference linked to its page', async () => {
    const sheet = (await readWorkbook()).getWorksheet('Action plan')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['Reference', 'Due date', ...FILL_IN]));
    expect(sheet.actualRowCount).toBe(recs.length + 1);
    const col = (name: string) => header.indexOf(name) + 1;
    recs.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      const reference = row.getCell(1);
      expect(reference.text, r.id).toBe(r.id);
      expect(reference.hyperlink, r.id).toBe(`${TEST_SITE_URL}/recommendations/${r.id}/`);
      expect(row.getCell(col('Recommendation (as published)')).text).toBe(r.text);
      expect(row.getCell(col('Timescale')).text).toBe(r.timescaleLabel);
      for (const name of FILL_IN) expect(row.getCell(col(name)).text, `${r.id} ${name}`).toBe('');
    });
  });

  it('should keep due dates as real date cells, shown as dates', async () => {
    const sheet = (await readWorkbook()).getWorksheet('Action plan')!;
    recs.forEach((r, i) => {
      const cell = sheet.getRow(i + 2).getCell(5);
      expect(cell.value, r.id).toBeInstanceOf(Date);
      expect((cell.value as Date).toISOString().slice(0, 10), r.id).toBe(r.dueDate);
      expect(cell.numFmt, r.id).toMatch(/yyyy/);
    });
  });

  it('should name the finding behind each recommendation, paragraph and sentence, linked to the paragraph', async () => {
    const sheet = (await readWorkbook()).getWorksheet('Action plan')!;
    expect(reviewed.length).toBeGreaterThan(0);
    for (const link of reviewed) {
      const row = sheet.getRow(recs.findIndex((r) => r.id === link.recommendation) + 2);
      const cell = row.getCell(6);
      expect(cell.text, link.recommendation).toContain(`Paragraph ${link.paragraph}: “${link.sentence}”`);
      if (link.rank === '1') expect(cell.hyperlink, link.recommendation).toBe(`${TEST_SITE_URL}/p/${link.paragraph}/`);
    }
  });

  it('should offer Red, Amber, Green and Complete in a drop-down on every RAG status cell', async () => {
    const sheet = (await readWorkbook()).getWorksheet('Action plan')!;
    const rag = (sheet.getRow(1).values as unknown[]).indexOf('RAG status');
    for (let row = 2; row <= recs.length + 1; row++) {
      const validation = sheet.getRow(row).getCell(rag).dataValidation;
      expect(validation?.type, `row ${row}`).toBe('list');
      expect(validation?.formulae, `row ${row}`).toEqual(['"Red,Amber,Green,Complete"']);
    }
  });

  it('should freeze its header row and print on landscape A4 with the header on every page', async () => {
    const sheet = (await readWorkbook()).getWorksheet('Action plan')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '1:1' });
    for (const column of sheet.columns) expect(column.width, String(column.header)).toBeGreaterThan(8);
    expect(sheet.getRow(2).getCell(2).alignment?.wrapText).toBe(true);
  });

  it("should give the report's facts and grades on a second sheet", async () => {
    const sheet = (await readWorkbook()).getWorksheet('Report')!;
    const cells = sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : []));
    for (const fact of [
      report.metadata.title,
      report.metadata.authority,
      report.metadata.publishedAsPublished,
      report.metadata.reproduction,
    ])
      expect(cells).toContain(fact);
    for (const j of report.judgements) expect(cells.some((c) => c.endsWith(j.area))).toBe(true);
  });

  it('should link under the sub-path when the site is published there', async () => {
    const sheet = (await readWorkbook(SUBPATH_SITE_DIR)).getWorksheet('Action plan')!;
    expect(sheet.getRow(2).getCell(1).hyperlink).toBe(`${TEST_SITE_URL}${SUBPATH}recommendations/${recs[0]!.id}/`);
  });
});

describe('the action plan document', () => {
  it('should hold the same table, a header row repeated on each page, then a row per recommendation with its due date', async () => {
    const { xml, rows } = await readDocument();
    expect(rows[0]).toEqual(expect.arrayContaining(['Reference', 'Due date', ...FILL_IN]));
    expect(xml).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/);
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual(recs.map((r) => [r.id, r.text, r.timescaleLabel]));
    const due = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    recs.forEach((r, i) => expect(rows[i + 1]![4], r.id).toBe(due.format(new Date(`${r.dueDate}T00:00:00Z`))));
  });

  it("should carry the report's reuse notice as published", async () => {
    const { paragraphs } = await readDocument();
    expect(paragraphs.join('\n')).toContain(report.metadata.reproduction);
  });
});

describe('the due dates calendar', () => {
  it('should hold one all-day event per recommendation, on its due date, with its reference and page', async () => {
    const events = await readCalendar();
    expect(events).toHaveLength(recs.length);
    const byRef = new Map(events.map((e) => [/^Due: ([^,]+),/.exec(e.summary)?.[1], e]));
    for (const r of recs) {
      const event = byRef.get(r.id)!;
      expect(event, r.id).toBeDefined();
      expect(event.startDate.isDate, r.id).toBe(true);
      expect(event.startDate.toString(), r.id).toBe(r.dueDate);
      expect(event.description, r.id).toContain(r.text);
      expect(event.component.getFirstPropertyValue('url'), r.id).toBe(`${TEST_SITE_URL}/recommendations/${r.id}/`);
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(recs.length);
  });
});

describe('where the downloads are offered', () => {
  it('should name each file with its format and its size on /recommendations/ and link the same files from each recommendation page', async () => {
    for (const page of ['recommendations/index.html', `recommendations/${recs[0]!.id}/index.html`]) {
      const doc = await dom(page);
      for (const name of PLAN_FILES) {
        const link = all(doc, (e) => e.name === 'a' && (attr(e, 'href') ?? '').endsWith(`/recommendations/${name}`))[0];
        expect(link, `${page} ${name}`).toBeDefined();
        const bytes = (await planFile(name)).byteLength;
        const entry = text(link!.parent as never).replace(/\s+/g, ' ');
        expect(entry, `${page} ${name}`).toMatch(
          new RegExp(`\\((Excel|Word|iCalendar), ${Math.max(1, Math.round(bytes / 1024))} KB\\)`),
        );
        expect(attr(link!, 'download'), name).toMatch(/\.(xlsx|docx|ics)$/);
      }
    }
  });

  it('should name no local address in any download, with or without the site address', async () => {
    for (const root of [SITE_DIR, OTHER_SITE_DIR]) {
      for (const name of PLAN_FILES) {
        const file = await planFile(name, root);
        const readable =
          name === 'due-dates.ics'
            ? file.toString('utf8')
            : name === 'action-plan.docx'
              ? (await readDocument(root)).xml
              : JSON.stringify((await readWorkbook(root)).model);
        expect(readable, `${root} ${name}`).not.toMatch(/localhost|127\.0\.0\.1/);
      }
    }
  });
});
