/**
 * Puts a table on the clipboard twice over: as HTML, which Word and spreadsheets paste as rows
 * and columns, and as tab-separated text for anything else. Falls back to the text alone where
 * the browser cannot write HTML to the clipboard.
 */
import { copyText } from './clipboard.ts';

/** A cell's text on one line: a tab or line break inside it would start a new cell or row. */
const cellText = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The table as tab-separated rows. */
export function tableText(table: HTMLTableElement): string {
  return [...table.rows].map((row) => [...row.cells].map(cellText).join('\t')).join('\n');
}

/** The table as a standalone HTML fragment, its links made absolute so they work where pasted. */
export function tableHtml(table: HTMLTableElement): string {
  const copy = table.cloneNode(true) as HTMLTableElement;
  for (const link of copy.querySelectorAll<HTMLAnchorElement>('a[href]'))
    link.setAttribute('href', new URL(link.getAttribute('href')!, location.href).href);
  return `<meta charset="utf-8">${copy.outerHTML}`;
}

export async function copyTable(table: HTMLTableElement): Promise<boolean> {
  const text = tableText(table);
  if ('ClipboardItem' in window && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([tableHtml(table)], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return true;
    } catch {
      // Some browsers refuse HTML on the clipboard; the text still pastes as rows in a spreadsheet.
    }
  }
  return copyText(text);
}
