import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { REPORT_FILE } from '../../src/lib/report-file.ts';
import type { Report } from '../../src/model/schema.ts';
import { parseReportFile } from '../../src/parser/index.ts';
import { htmlFiles } from './built-pages.ts';
import { SITE_DIR } from './site.ts';

/** The model the site under test was built from (the build parses the same file). */
export function builtModel(): Promise<Report> {
  return parseReportFile(REPORT_FILE);
}

/** A built page as a DOM, by its file in the site ("read/intro/index.html"). */
export async function dom(file: string, root = SITE_DIR): Promise<Document> {
  return parseDocument(await readFile(join(root, file), 'utf8'));
}

/** Every reading page (/read/{slug}/) with its DOM, keyed by slug. */
export async function readingPages(): Promise<Map<string, Document>> {
  const files = (await htmlFiles()).filter((f) => /^read\/.+\/index\.html$/.test(f));
  const pages = new Map<string, Document>();
  for (const file of files) pages.set(file.replace(/^read\/|\/index\.html$/g, ''), await dom(file));
  return pages;
}

export const all = (doc: Document | Element, test: (e: Element) => boolean): Element[] => findAll(test, doc.children);
export const attr = (e: Element, name: string) => getAttributeValue(e, name);
export const text = (e: Element) => textContent(e);
/** Text with all whitespace removed: compares what is said, not how a template spaced it. */
export const squash = (s: string) => s.replace(/\s+/g, '');
