/**
 * The report grades areas, never recommendations. No page, download, pack file or search record
 * may show a recommendation with a grade, or say it was made under a graded area: readers repeat
 * what the site shows as the inspectors' words.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { readCalendar, readDocument, readWorkbook } from '../../lib/action-plan-files.ts';
import { htmlFiles } from '../../lib/built-pages.ts';
import { all, attr, builtModel, dom, text } from '../../lib/reading-pages.ts';
import { SITE_DIR } from '../../lib/site.ts';

const report = await builtModel();
const ids = new Set(report.recommendations.map((r) => r.id));
/** How a grade reads anywhere on the site: "grade 2", a grade's word, or "judged". */
const GRADE_WORDS = new RegExp(
  `\\bgrade\\s*[1-4]\\b|\\bjudged\\b|${report.gradeScale.map((g) => `\\b${g.label}\\b`).join('|')}`,
  'i',
);
const recommendationOf = (href: string | undefined) => /\/recommendations\/([^/#?]+)\/?$/.exec(href ?? '')?.[1];

/** The smallest list item, table row or paragraph around `e`: what a reader takes as one entry. */
function entryAround(e: Element): Element {
  let at: Element | null = e;
  while (at && !['li', 'tr', 'p', 'dd', 'h1', 'h2', 'h3'].includes(at.name)) at = at.parent as Element | null;
  return at ?? e;
}

describe('no published file pairs a recommendation with a grade', () => {
  it('should show no grade in the entry around any link to a recommendation, on any page', async () => {
    const problems: string[] = [];
    for (const file of await htmlFiles()) {
      const doc = await dom(file);
      // A <template> is never shown: the action plan table it keeps for "Copy as table" quotes
      // findings in the report's words, and is checked cell by cell with the downloads below.
      const shown = (e: Element) => {
        for (let at: Element | null = e; at; at = at.parent as Element | null) if (at.name === 'template') return false;
        return true;
      };
      for (const a of all(doc, (e) => e.name === 'a' && ids.has(recommendationOf(attr(e, 'href')) ?? '') && shown(e))) {
        const entry = text(entryAround(a)).replace(/\s+/g, ' ');
        if (GRADE_WORDS.test(entry)) problems.push(`${file}: "${entry.slice(0, 120)}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('should show no grade in what a recommendation page says about the recommendation itself', async () => {
    for (const r of report.recommendations) {
      const doc = await dom(`recommendations/${r.id}/index.html`);
      const own = all(
        doc,
        (e) =>
          ['h1'].includes(e.name) ||
          (attr(e, 'class') ?? '').split(' ').some((c) => ['part-name', 'rec-facts'].includes(c)),
      );
      expect(own.length, r.id).toBeGreaterThan(0);
      for (const e of own) expect(text(e), r.id).not.toMatch(GRADE_WORDS);
    }
  });

  it('should give recommendations no grade, area or judgement in report.json, the CSV files or the pack files', async () => {
    const json = JSON.parse(await readFile(join(SITE_DIR, 'data', 'report.json'), 'utf8'));
    for (const r of json.recommendations)
      for (const key of ['grade', 'label', 'area', 'judgement', 'theme']) expect(r, r.id).not.toHaveProperty(key);
    for (const file of ['recommendations.csv', 'evidence.csv']) {
      const rows = parse(await readFile(join(SITE_DIR, 'data', file), 'utf8'), { columns: true, bom: true }) as Record<
        string,
        string
      >[];
      for (const column of Object.keys(rows[0]!)) expect(column, file).not.toMatch(/grade|^label$|area|judge/);
    }
    const index = JSON.parse(await readFile(join(SITE_DIR, 'pack', 'index.json'), 'utf8'));
    for (const id of ids) {
      const item = JSON.parse(await readFile(join(SITE_DIR, 'pack', 'items', `${id}.json`), 'utf8'));
      expect(JSON.stringify(item), id).not.toMatch(/"grade"/);
      expect(item.place, id).not.toMatch(GRADE_WORDS);
      expect(index.sections[item.section].grade, id).toBeNull();
    }
  });

  it('should give the action plan workbook, document and calendar no grade, area or judgement beside a recommendation', async () => {
    // The report's own words (a recommendation, a quoted finding) may use "good" as a word; what
    // the site adds beside them (columns, part, timescale, dates, event titles) may not grade.
    const quoted = new Set([...report.recommendations.map((r) => r.text)]);
    const own = (cells: string[]) =>
      cells.filter((c) => !quoted.has(c) && !c.startsWith('Paragraph ') && !c.startsWith('None stated plainly'));
    const plan = (await readWorkbook()).getWorksheet('Action plan')!;
    const rows = plan
      .getSheetValues()
      .flatMap((row) =>
        Array.isArray(row)
          ? [
              row
                .slice(1)
                .map((v) =>
                  v instanceof Date
                    ? ''
                    : typeof v === 'object' && v
                      ? String((v as { text?: string }).text ?? '')
                      : String(v ?? ''),
                ),
            ]
          : [],
      );
    for (const column of rows[0]!) expect(column).not.toMatch(/grade|^label$|area|judge/i);
    for (const row of rows.slice(1)) for (const cell of own(row)) expect(cell, row[0]).not.toMatch(GRADE_WORDS);
    const { rows: table } = await readDocument();
    for (const row of table) for (const cell of own(row)) expect(cell, row[0]).not.toMatch(GRADE_WORDS);
    // The same table kept on /recommendations/ for "Copy as table", which the check of links above leaves out.
    const page = await dom('recommendations/index.html');
    const template = all(page, (e) => e.name === 'template' && attr(e, 'id') === 'action-plan-table')[0]!;
    const cells = (tr: Element) => all(tr, (e) => e.name === 'th' || e.name === 'td').map((c) => text(c).trim());
    const [header, ...copied] = all(template, (e) => e.name === 'tr').map(cells);
    expect(copied.length).toBe(report.recommendations.length);
    for (const column of header!) expect(column).not.toMatch(/grade|^label$|area|judge/i);
    for (const row of copied) for (const cell of own(row)) expect(cell, row[0]).not.toMatch(GRADE_WORDS);
    for (const event of await readCalendar()) {
      expect(event.summary).not.toMatch(GRADE_WORDS);
      const site = event.description.split('\n\n').slice(1).join(' ');
      expect(site, event.summary).not.toMatch(GRADE_WORDS);
    }
  });

  it("should give no recommendation's search record a grade filter or a grade in its context", async () => {
    const dir = join(SITE_DIR, 'pagefind', 'fragment');
    let seen = 0;
    for (const name of await readdir(dir)) {
      const fragment = JSON.parse(
        gunzipSync(await readFile(join(dir, name)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      );
      if (!fragment.filters?.kind?.includes('Recommendation')) continue;
      seen++;
      expect(fragment.filters.grade, fragment.url).toBeUndefined();
      expect(JSON.stringify(fragment.meta), fragment.url).not.toMatch(GRADE_WORDS);
    }
    expect(seen).toBe(ids.size);
  });
});
