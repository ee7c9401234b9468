/** A data table as CSV text, with a header row; csv-stringify handles quoting and line breaks. */
import { stringify } from 'csv-stringify/sync';
import type { DataTable } from './tables.ts';

export function toCsv<Row>(table: DataTable<Row>): string {
  return stringify(
    table.rows.map((row) => table.columns.map((c) => c.value(row))),
    { header: true, columns: table.columns.map((c) => c.name), record_delimiter: 'windows' },
  );
}
