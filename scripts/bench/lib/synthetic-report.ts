import type { Report } from '../../../src/model/schema.ts';

/**
 * A larger report made by rule from a real one: each numbered paragraph (with its list and
 * page-break continuations) is repeated `times` times in place, and all paragraphs are
 * renumbered in order. Headings, grades, timescales and the record are kept as they are, so
 * the result is a valid report with `times` as many paragraphs.
 */
export function syntheticReport(text: string, report: Report, times: number): string {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const starts = new Map(report.paragraphs.map((p) => [p.source.startLine, p.source.endLine]));
  const out: string[] = [];
  let number = 0;
  for (let line = 1; line <= lines.length; line++) {
    const end = starts.get(line);
    if (end === undefined) {
      out.push(lines[line - 1]!);
      continue;
    }
    const block = lines.slice(line - 1, end);
    for (let copy = 0; copy < times; copy++) {
      number++;
      // A blank line between copies keeps each copy's number at the start of a list item.
      if (copy > 0) out.push('');
      out.push(block[0]!.replace(/^\s*\d+/, String(number)), ...block.slice(1));
    }
    line = end;
  }
  return out.join('\n');
}
