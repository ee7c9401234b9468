/**
 * A pack as plain text, for "copy as text": readable in an email or a meeting paper.
 */
import type { Block } from '../model/schema.ts';
import type { CatalogueEntry, PackCatalogue } from './catalogue.ts';
import { gradeText } from '../lib/grade-text.ts';
import { formatDate } from '../lib/due-date.ts';
import { recommendationCodeLabel } from '../lib/recommendation-name.ts';
import { citation, itemUrl, sectionText, sourceNotice } from './citation.ts';

export interface PackDocument {
  title: string;
  note: string;
  /** The entries in the order shown. */
  entries: readonly CatalogueEntry[];
  catalogue: PackCatalogue;
  /** The pack's own URL (absolute); item URLs are resolved against it. */
  pageUrl: string;
}

/** The title used when the user has not typed one. */
export const DEFAULT_TITLE = 'Briefing pack';

/** Text blocks as lines; list items as "- " lines, as published. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks
    .map((block) =>
      block.type === 'text'
        ? block.runs.map((run) => run.text).join('')
        : block.items.map((item) => `- ${item.map((run) => run.text).join('')}`).join('\n'),
    )
    .join('\n');
}

/**
 * A one-line description of an item. A paragraph: its section and the section's grade. A
 * recommendation: its code, timescale and due date, and where it stands (its part's areas for
 * improvement and the paragraph that introduces them), with no grade: the report grades areas,
 * not recommendations.
 */
export function entryContext(entry: CatalogueEntry, catalogue: PackCatalogue): string {
  if (entry.kind === 'recommendation') {
    return [
      [
        recommendationCodeLabel(entry.code ?? entry.id),
        entry.timescale?.toLowerCase(),
        entry.due ? `due ${formatDate(entry.due)}` : '',
      ]
        .filter(Boolean)
        .join(', '),
      entry.place ?? '',
    ]
      .filter((p) => p !== '')
      .join('; ');
  }
  const section = catalogue.sections[entry.section];
  const grade = section?.grade ? gradeText(section.grade) : undefined;
  return [sectionText(entry, catalogue), grade ? `judged ${grade}` : ''].filter((p) => p !== '').join('; ');
}

export function packToText(doc: PackDocument): string {
  const { catalogue, pageUrl } = doc;
  const lines: string[] = [doc.title.trim() || DEFAULT_TITLE, ''];
  if (doc.note.trim() !== '') lines.push(doc.note.trim(), '');
  doc.entries.forEach((entry, index) => {
    lines.push(
      `${index + 1}. ${entry.label}: ${entryContext(entry, catalogue)}`,
      blocksToText(entry.blocks),
      itemUrl(entry, pageUrl),
      '',
    );
  });
  lines.push('Citations');
  doc.entries.forEach((entry, index) => lines.push(`[${index + 1}] ${citation(entry, catalogue, pageUrl)}`));
  lines.push('', `This pack: ${pageUrl}`, '', sourceNotice(catalogue), '');
  return lines.join('\n');
}
