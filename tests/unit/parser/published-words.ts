/**
 * Word tokens of a report's source text and of its model, for the "nothing lost" test.
 */
import type { Report } from '../../../src/model/schema.ts';

/**
 * Words of the source that the model deliberately does not keep, each with its reason.
 *
 * Keep this list short and named; the nothing-lost test checks that each entry is
 * really needed, so a stale entry fails too.
 */
export const LAYOUT_WORDS: readonly { word: string; reason: string }[] = [
  { word: 'Contents', reason: 'the heading of the contents list; the model keeps the list itself (titles and pages)' },
];

/** Letter-or-digit runs: what a reader counts as words, with markup and punctuation left out. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Every piece of published text the model holds, each once: metadata, contents, outline
 * titles and grade lines, grade scale, paragraphs, timescale lines, recommendations and the
 * record of main findings.
 *
 * A timescale line is printed once above its bullets but each recommendation carries its
 * label, so labels are counted once per list (part, timescale, introducing paragraph).
 */
export function publishedTexts(report: Report): string[] {
  const out: string[] = [report.metadata.title, report.metadata.authority];
  for (const f of report.metadata.fields) out.push(f.label, f.value);
  for (const n of report.metadata.notices) out.push(n.text);
  for (const c of report.contents) out.push(c.title, String(c.page));
  for (const s of report.outline) {
    // A title the site supplies (titleFrom "site") is not published text.
    if (s.titleFrom === 'report') out.push(s.title);
    if (s.judgement) out.push(s.judgement.asPublished);
  }
  for (const g of report.gradeScale) out.push(g.asPublished, g.description);
  for (const p of report.paragraphs) out.push(String(p.number), p.text);
  const lists = new Set<string>();
  for (const r of report.recommendations) {
    const list = `${r.part}/${r.timescale}/${r.introducedBy}`;
    if (!lists.has(list)) out.push(r.timescaleLabel);
    lists.add(list);
    out.push(r.text);
  }
  for (const g of report.recordOfMainFindingsGroups) out.push(g.text);
  for (const row of report.recordOfMainFindings) out.push(row.area, row.label);
  return out;
}

/** Counts of each word. */
export function countWords(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of wordsOf(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * The words whose counts differ between source and model: positive where the source has more
 * (lost), negative where the model has more (invented), after the layout words are allowed.
 */
export function wordDifference(source: string, report: Report, layout = LAYOUT_WORDS): Map<string, number> {
  const diff = countWords([source]);
  for (const { word } of layout) diff.set(word, (diff.get(word) ?? 0) - 1);
  for (const [w, n] of countWords(publishedTexts(report))) diff.set(w, (diff.get(w) ?? 0) - n);
  for (const [w, n] of diff) if (n === 0) diff.delete(w);
  return diff;
}
