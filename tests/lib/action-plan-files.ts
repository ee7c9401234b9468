/**
 * The action plan's downloads read back with the libraries that wrote them or read them in
 * practice: the workbook with exceljs, the Word document's text from its XML (unzipped with
 * JSZip, parsed with htmlparser2), the calendar with ical.js.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import { parseDocument } from 'htmlparser2';
import { findAll, textContent } from 'domutils';
import { SITE_DIR } from './site.ts';

export const PLAN_FILES = ['action-plan.xlsx', 'action-plan.docx', 'due-dates.ics'] as const;

export const planFile = (name: (typeof PLAN_FILES)[number], root = SITE_DIR) =>
  readFile(join(root, 'recommendations', name));

export async function readWorkbook(root = SITE_DIR): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await planFile('action-plan.xlsx', root)) as unknown as ArrayBuffer);
  return book;
}

/** The document's XML, and its text paragraph by paragraph and table row by row. */
export async function readDocument(root = SITE_DIR): Promise<{ xml: string; paragraphs: string[]; rows: string[][] }> {
  const zip = await JSZip.loadAsync(await planFile('action-plan.docx', root));
  const xml = await zip.file('word/document.xml')!.async('string');
  const doc = parseDocument(xml, { xmlMode: true });
  const paragraphs = findAll((e) => e.name === 'w:p', doc.children).map((p) => textContent(p));
  const rows = findAll((e) => e.name === 'w:tr', doc.children).map((tr) =>
    findAll((e) => e.name === 'w:tc', tr.children).map((tc) => textContent(tc)),
  );
  return { xml, paragraphs, rows };
}

/** The calendar's events. */
export async function readCalendar(root = SITE_DIR): Promise<ICAL.Event[]> {
  const calendar = new ICAL.Component(ICAL.parse((await planFile('due-dates.ics', root)).toString('utf8')));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}
