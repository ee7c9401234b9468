/**
 * A briefing pack as an action plan: one row per item in the order shown, recommendations with
 * their timescale and due date, paragraphs too (for actions a council draws from findings), then
 * the columns the council fills in. Rows of strings, for the pack page's "Copy as table" and its
 * CSV download (action-plan-csv.ts, loaded when a reader reaches for it).
 */
import { FILL_IN_COLUMNS } from '../lib/action-plan-columns.ts';
import { formatDate } from '../lib/due-date.ts';
import { itemUrl, sectionText } from './citation.ts';
import { blocksToText, type PackDocument } from './render-text.ts';

export const PACK_PLAN_COLUMNS = [
  'Reference',
  'Item (as published)',
  'Where in the report',
  'Timescale',
  'Due date',
  'Link',
  ...FILL_IN_COLUMNS.map((c) => c.name),
];

/** The header row and one row per item. */
export function packPlanRows(doc: PackDocument): string[][] {
  const blanks = FILL_IN_COLUMNS.map(() => '');
  const rows = doc.entries.map((entry) => {
    const recommendation = entry.kind === 'recommendation';
    return [
      recommendation ? (entry.code ?? entry.id) : entry.label,
      blocksToText(entry.blocks),
      recommendation ? (entry.place ?? '') : sectionText(entry, doc.catalogue),
      entry.timescale ?? '',
      entry.due ? formatDate(entry.due) : '',
      itemUrl(entry, doc.pageUrl),
      ...blanks,
    ];
  });
  return [PACK_PLAN_COLUMNS, ...rows];
}
