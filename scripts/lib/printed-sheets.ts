/**
 * How many A4 sheets a page prints on in Chromium, as a reader's Print would make them: the page
 * is loaded with its scripts, then printed to PDF (which runs its beforeprint handlers) with the
 * print stylesheet. Shared by the print tests and `npm run bench`.
 */
import type { Page } from 'playwright-core';

/** The pages of a PDF Chromium wrote: each is one `/Type /Page` object (the tree's root is `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

export async function printedSheets(page: Page, address: string): Promise<number> {
  await page.goto(address, { waitUntil: 'networkidle' });
  // Printing to PDF keeps an emulated media type; a tab set to 'screen' would print the screen's styles.
  await page.emulateMedia({ media: 'print' });
  return pdfPageCount(await page.pdf({ format: 'A4' }));
}
