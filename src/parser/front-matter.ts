import { quote } from './quote.ts';
import type { Framework, Metadata } from '../model/schema.ts';
import { parseDate, parseDateRange } from './dates.ts';
import type { Fail } from './errors.ts';
import { normalise } from './framework.ts';
import type { SourceLine } from './source-lines.ts';

export interface ContentsLine {
  title: string;
  page: number;
  line: number;
}

export interface FrontMatter {
  metadata: Metadata;
  contents: ContentsLine[];
  /** Index in the lines of the first line after the contents list. */
  bodyStart: number;
}

/**
 * Reads the front matter (title, authority, labelled fields, notices) and the contents list
 * with its page numbers. Every front-matter line lands in the metadata: as title, authority,
 * a labelled field or a notice.
 */
export function readFrontMatter(lines: SourceLine[], framework: Framework, fail: Fail): FrontMatter {
  const contentsAt = lines.findIndex(
    (l) => l.kind === 'text' && normalise(l.text) === normalise(framework.headings.contents),
  );
  if (contentsAt === -1)
    fail(
      lines[0]?.line ?? 1,
      `no ${quote(framework.headings.contents)} line: this is not a report of the expected form`,
    );
  const front = lines.slice(0, contentsAt);
  if (front.length < 2)
    fail(lines[contentsAt]!.line, 'the front matter needs the report title and the authority before the contents');
  for (const l of front) if (l.kind !== 'text') fail(l.line, 'a numbered paragraph or bullet before the contents list');

  const [title, authority, ...rest] = front;
  const fields: Metadata['fields'] = [];
  const notices: Metadata['notices'] = [];
  for (const l of rest) {
    const m = /^([A-Z][A-Za-z ]{0,40}):\s*(\S.*)$/.exec(l.text);
    if (m) fields.push({ label: m[1]!, value: m[2]!.trim(), line: l.line });
    else notices.push({ text: l.text, line: l.line });
  }
  const lastFront = front.at(-1)!.line;
  const field = (label: string) => {
    const f = fields.find((x) => normalise(x.label) === normalise(label));
    if (!f) fail(lastFront, `the front matter has no "${label}:" line`);
    return f;
  };
  const dates = field(framework.frontMatter.inspectionDates);
  const range = parseDateRange(dates.value);
  if (!range) fail(dates.line, `${quote(dates.value)} is not a date range such as "11-22 June 2012"`);
  const published = field(framework.frontMatter.published);
  const publishedIso = parseDate(published.value);
  if (!publishedIso) fail(published.line, `${quote(published.value)} is not a date such as "27 July 2012"`);
  if (publishedIso < range.end) fail(published.line, `published ${published.value}, before the inspection ended`);

  // Found by what they say rather than where they stand, since reports vary the order.
  const copyright = notices.find((n) => /©|\bcopyright\b/i.test(n.text));
  if (!copyright) fail(lastFront, 'the front matter has no copyright line');
  const reproduction = notices.find((n) => /\breproduced\b/i.test(n.text));
  if (!reproduction)
    fail(lastFront, 'the front matter has no reproduction notice ("This document may be reproduced ...")');

  const contents: ContentsLine[] = [];
  let i = contentsAt + 1;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    const m = l.kind === 'text' ? /^(.*\S)\s*\t\s*(\d+)$/.exec(l.text) : null;
    if (!m) break;
    contents.push({ title: m[1]!, page: Number(m[2]), line: l.line });
  }
  if (contents.length === 0)
    fail(lines[contentsAt]!.line, 'the contents list is empty (expected lines of "title<TAB>page")');

  return {
    metadata: {
      title: title!.text,
      authority: authority!.text,
      inspectionDates: { ...range, asPublished: dates.value },
      published: publishedIso,
      publishedAsPublished: published.value,
      reportingInspector: field(framework.frontMatter.reportingInspector).value,
      ageGroup: field(framework.frontMatter.ageGroup).value,
      notices,
      reproduction: reproduction.text,
      copyright: copyright.text,
      fields,
    },
    contents,
    bodyStart: i,
  };
}
