/**
 * A data table as CSV text, with a header row; csv-stringify handles quoting and line breaks.
 *
 * It starts with a UTF-8 byte order mark, because Excel opens a CSV without one in the
 * system's legacy code page and garbles the report's en dashes and curly quotes; other readers
 * (csv-parse with `bom: true`, pandas, LibreOffice) skip it.
 */
import { stringify } from 'csv-stringify/sync';
import type { DataTable } from './tables.ts';

export function toCsv(table: DataTable): string {
  return stringify(
    table.rows.map((row) => table.columns.map((c) => c.value(row))),
    { header: true, columns: table.columns.map((c) => c.name), record_delimiter: 'windows', bom: true },
  );
}
