/**
 * The action plan as an Excel workbook (exceljs): a sheet with a row per recommendation and the
 * columns a council fills in, ready to print on landscape A4; and a sheet of the report's facts
 * and judgements. Dates are real date cells, so a spreadsheet can sort and filter by them.
 */
import ExcelJS from 'exceljs';
import { FILL_IN_COLUMNS, RAG_STATUSES, REPORT_COLUMNS, findingText, type ActionPlan } from './action-plan.ts';

/** A calendar date as the midnight UTC a date cell holds, so no time zone moves it a day. */
const dateCell = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isLink = (address: string) => /^https?:\/\//.test(address);

export const ACTION_PLAN_SHEET = 'Action plan';
export const REPORT_SHEET = 'Report';

export async function actionPlanXlsx(plan: ActionPlan): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = `${plan.identity.publisher} report, via this site`;
  book.title = `Action plan: ${plan.title}, ${plan.identity.authority}`;
  // Fixed dates keep the file the same from build to build.
  book.created = dateCell(plan.identity.published);
  book.modified = dateCell(plan.identity.published);

  const columns = [...REPORT_COLUMNS, ...FILL_IN_COLUMNS];
  const sheet = book.addWorksheet(ACTION_PLAN_SHEET, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
    headerFooter: { oddFooter: `&L${plan.identity.authority}: action plan&RPage &P of &N` },
  });
  sheet.columns = columns.map((c) => ({ header: c.name, key: c.name, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E7E7' } };

  const dueColumn = REPORT_COLUMNS.findIndex((c) => c.name === 'Due date') + 1;
  const findingColumn = REPORT_COLUMNS.findIndex((c) => c.name.startsWith('Finding')) + 1;
  const ragColumn = columns.findIndex((c) => c.name === 'RAG status') + 1;
  const updatedColumn = columns.findIndex((c) => c.name === 'Last updated') + 1;

  for (const row of plan.rows) {
    const added = sheet.addRow([row.reference, row.text, row.part, row.timescale, dateCell(row.due), findingText(row)]);
    added.alignment = { vertical: 'top', wrapText: true };
    added.getCell(1).value = isLink(row.url) ? { text: row.reference, hyperlink: row.url } : row.reference;
    added.getCell(dueColumn).numFmt = 'd mmmm yyyy';
    const first = row.findings[0];
    if (first && isLink(first.url))
      added.getCell(findingColumn).value = { text: findingText(row), hyperlink: first.url };
    added.getCell(ragColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${RAG_STATUSES.join(',')}"`],
      showErrorMessage: true,
      errorTitle: 'RAG status',
      error: `Choose one of ${RAG_STATUSES.join(', ')}.`,
    };
    added.getCell(updatedColumn).numFmt = 'd mmmm yyyy';
    added.getCell(updatedColumn).dataValidation = {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date(Date.UTC(2000, 0, 1))],
    };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  const facts = book.addWorksheet(REPORT_SHEET, {
    pageSetup: { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  facts.columns = [
    { header: 'Fact', key: 'a', width: 34 },
    { header: 'As published', key: 'b', width: 90 },
  ];
  facts.getRow(1).font = { bold: true };
  for (const f of plan.facts) facts.addRow([f.label, f.value]).alignment = { vertical: 'top', wrapText: true };
  facts.addRow([]);
  const heading = facts.addRow(['Judgements (areas the report grades)', '']);
  heading.font = { bold: true };
  facts.addRow(['Part and area', 'Grade']).font = { bold: true };
  for (const j of plan.judgements)
    facts.addRow([`${j.part}: ${j.area}`, j.grade]).alignment = { vertical: 'top', wrapText: true };

  return new Uint8Array(await book.xlsx.writeBuffer());
}
