import { quote } from './quote.ts';
import { slug as slugify } from 'github-slugger';
import type { Block, Framework, Paragraph, Recommendation, Run, Section } from '../model/schema.ts';
import { addMonths } from './dates.ts';
import type { Fail } from './errors.ts';
import type { ContentsLine } from './front-matter.ts';
import { normalise, partByTitle, themeOf, timescaleOf } from './framework.ts';
import { mergeRuns, type SourceLine } from './source-lines.ts';

export interface Body {
  outline: Section[];
  paragraphs: Paragraph[];
  recommendations: Recommendation[];
  gradeScale: { grade: number; label: string; asPublished: string; description: string; section: string; line: number }[];
  /** The record of main findings' section and the lines under it, for the record's reader. */
  record: { section: Section; lines: SourceLine[] };
  /** The slug of the heading each contents entry names, in the contents' order. */
  contentsSlugs: string[];
}

type Last =
  | { kind: 'heading'; section: Section }
  | { kind: 'grade' | 'timescale' | 'scale' }
  | { kind: 'paragraph'; paragraph: Paragraph }
  | { kind: 'recommendation'; recommendation: Recommendation };

const GRADE_LINE = /^Grade\s+(\S+)\s*\(([^)]*)\)$/i;
const INLINE_GRADE = /^(.*\S)\s*Grade\s+(\S+)\s*\(([^)]*)\)$/i;
const SCALE_LINE = /^(.+?)\s*\(Grade\s+(\S+)\)\s*\t\s*(\S.*)$/i;
// Note: a page break can cut a sentence anywhere; a line that starts in lower case, or follows
// text that stopped without closing punctuation, continues the paragraph above it.
const CONTINUES = /^[a-z0-9(\u2018\u201c'"\u2013-]/;
const CLOSED = /[.:;?!)'"\u2019\u201d]$/;

/**
 * Builds the outline, the numbered paragraphs, the recommendations and the grade scale from
 * the lines after the contents list, checking the text against the framework as it goes.
 */
export function readBody(
  lines: SourceLine[],
  contents: ContentsLine[],
  framework: Framework,
  published: string,
  fail: Fail,
): Body {
  const contentsTitles = new Set(contents.map((c) => normalise(c.title)));
  const recommendationHeadings = new Set(framework.headings.recommendations.map(normalise));
  const outline: Section[] = [];
  const bySlug = new Map<string, Section>();
  const paragraphs: Paragraph[] = [];
  const recommendations: Recommendation[] = [];
  const gradeScale: Body['gradeScale'] = [];
  const ordinals = new Map<string, number>();
  const seenParts: string[] = [];

  let current: Section | undefined;
  let part: Section | undefined;
  let group: Section | undefined;
  let last: Last | undefined;
  let timescale: { code: string; label: string; months: number; introducedBy: number } | undefined;

  const grade = (numberText: string, label: string, line: number) => {
    const number = Number(numberText);
    if (!Number.isInteger(number) || number < 1 || number > 4) {
      fail(line, `grade ${quote(numberText)} is outside the four-point scale (1 to 4)`);
    }
    const expected = framework.gradeScale.find((g) => g.grade === number)!;
    if (normalise(expected.label) !== normalise(label)) {
      fail(line, `grade ${number} is labelled ${quote(label)} but the scale calls grade ${number} ${quote(expected.label)}`);
    }
    return { grade: number, label: expected.label };
  };

  const open = (title: string, line: number, kind: Section['kind']): Section => {
    const theme = part && kind === 'section' ? themeOf(framework, title) : undefined;
    const parent = kind === 'part' || !part ? undefined : theme?.outcome && group ? group : part;
    const base = kind === 'part' ? partByTitle(framework, title)!.id : slugify(title);
    const slug = parent && kind !== 'record' ? `${part!.part}/${base}` : base;
    const clash = bySlug.get(slug);
    if (clash) fail(line, `the heading ${quote(title)} repeats the one at line ${clash.source.startLine}`);
    const section: Section = {
      slug,
      title,
      kind: kind === 'section' && part && !theme && !recommendationHeadings.has(normalise(title)) ? 'group' : kind,
      part: kind === 'record' ? null : (part?.part ?? null),
      parent: kind === 'record' ? null : (parent?.slug ?? null),
      depth: kind === 'record' || !parent ? 0 : parent.depth + 1,
      theme: theme?.id ?? null,
      judgement: null,
      paragraphs: [],
      inContents: false,
      titleFrom: 'report',
      source: { startLine: line, endLine: line },
    };
    if (kind === 'section' && !part) section.kind = 'introduction';
    else if (kind === 'section' && recommendationHeadings.has(normalise(title))) section.kind = 'recommendations';
    if (section.kind === 'group') group = section;
    else if (kind !== 'section' || !theme?.outcome || section.parent !== group?.slug) group = undefined;
    outline.push(section);
    bySlug.set(section.slug, section);
    current = section;
    timescale = undefined;
    last = { kind: 'heading', section };
    return section;
  };

  const extendTo = (line: number) => {
    for (let s: Section | undefined = current; s; s = s.parent === null ? undefined : bySlug.get(s.parent)) {
      s.source.endLine = Math.max(s.source.endLine, line);
    }
  };

  let index = 0;
  for (; index < lines.length; index++) {
    const l = lines[index]!;
    if (l.kind === 'numbered') {
      const expected = paragraphs.length + 1;
      if (l.number !== expected) {
        const earlier = paragraphs.find((p) => p.number === l.number);
        fail(
          l.line,
          earlier
            ? `paragraph ${l.number} repeats (it was at line ${earlier.source.startLine}); expected paragraph ${expected}`
            : l.number > expected
              ? `paragraph numbering jumps from ${expected - 1} to ${l.number}: paragraph ${expected} is missing`
              : `paragraph ${l.number} is out of order; expected paragraph ${expected}`,
        );
      }
      if (!current) fail(l.line, `paragraph ${l.number} comes before any heading`);
      if (l.runs.length === 0) fail(l.line, `paragraph ${l.number} has no text`);
      const paragraph: Paragraph = {
        id: `p${l.number}`,
        number: l.number,
        text: '',
        blocks: [{ type: 'text', runs: l.runs }],
        section: current.slug,
        part: current.part,
        source: { startLine: l.line, endLine: l.line },
        continuationLines: [],
      };
      paragraphs.push(paragraph);
      current.paragraphs.push(l.number);
      timescale = undefined;
      last = { kind: 'paragraph', paragraph };
    } else if (l.kind === 'bullet') {
      if (timescale && part) {
        const partInfo = framework.parts.find((p) => p.id === part!.part)!;
        const key = `${partInfo.code}-${timescale.code}`;
        const ordinal = (ordinals.get(key) ?? 0) + 1;
        ordinals.set(key, ordinal);
        const recommendation: Recommendation = {
          id: `${key}-${ordinal}`,
          part: partInfo.id,
          timescale: timescale.code,
          timescaleLabel: timescale.label,
          months: timescale.months,
          dueDate: addMonths(published, timescale.months),
          ordinal,
          text: '',
          runs: l.runs,
          section: current!.slug,
          introducedBy: timescale.introducedBy,
          source: { startLine: l.line, endLine: l.line },
        };
        recommendations.push(recommendation);
        last = { kind: 'recommendation', recommendation };
      } else if (last?.kind === 'paragraph' && introducesList(last.paragraph)) {
        const blocks = last.paragraph.blocks;
        const list = blocks.at(-1)!;
        if (list.type === 'list') list.items.push(l.runs);
        else blocks.push({ type: 'list', items: [l.runs] });
        last.paragraph.source.endLine = l.line;
      } else {
        fail(l.line, 'a bullet outside any timescale: recommendations follow a line such as "Within three months:", and a paragraph\'s own list follows a paragraph ending in ":"');
      }
    } else {
      const text = l.text.trim();
      const gradeLine = GRADE_LINE.exec(text);
      const scaleLine = SCALE_LINE.exec(text);
      const ts = part ? timescaleOf(framework, text) : undefined;
      // Note: a grade at the end of a line makes it a heading only where the grade is set in
      // bold or the rest names a heading or area; otherwise it may be prose that was cut there.
      const inlineMatch = INLINE_GRADE.exec(text);
      const inline =
        inlineMatch &&
        (l.runs.at(-1)?.strong || contentsTitles.has(normalise(inlineMatch[1]!)) || themeOf(framework, inlineMatch[1]!))
          ? inlineMatch
          : null;
      const headingTitle = inline ? inline[1]!.replace(/\*+$/, '').trim() : text;
      if (normalise(text) === normalise(framework.headings.recordOfMainFindings)) {
        if (!part) fail(l.line, `${quote(text)} comes before any part of the report`);
        open(text, l.line, 'record');
        extendTo(l.line);
        index++;
        break;
      } else if (partByTitle(framework, text) && !inline) {
        const found = partByTitle(framework, text)!;
        const order = framework.parts.findIndex((p) => p.id === found.id);
        if (seenParts.includes(found.id)) fail(l.line, `the part ${quote(text)} appears twice`);
        if (order !== seenParts.length) {
          fail(l.line, `the part ${quote(text)} comes before ${quote(framework.parts[seenParts.length]!.title)}`);
        }
        seenParts.push(found.id);
        part = undefined;
        group = undefined;
        part = open(text, l.line, 'part');
        part.part = found.id;
      } else if (gradeLine) {
        if (last?.kind !== 'heading') fail(l.line, `${quote(text)} does not follow a heading`);
        const section = last.section;
        if (section.kind !== 'section') fail(l.line, `${quote(section.title)} is not a judgement area of the framework (content/framework.json), so it cannot be graded`);
        section.judgement = { ...grade(gradeLine[1]!, gradeLine[2]!, l.line), asPublished: text, line: l.line };
        last = { kind: 'grade' };
      } else if (scaleLine && !part) {
        const g = grade(scaleLine[2]!, scaleLine[1]!, l.line);
        if (!current) fail(l.line, 'the grade scale comes before any heading');
        gradeScale.push({ ...g, asPublished: `${scaleLine[1]!} (Grade ${scaleLine[2]!})`, description: scaleLine[3]!, section: current.slug, line: l.line });
        last = { kind: 'scale' };
      } else if (ts) {
        const introducer = paragraphs.at(-1);
        if (!introducer || introducer.part !== part!.part) {
          fail(l.line, `${quote(text)} has no paragraph in this part introducing its recommendations`);
        }
        if (current!.kind !== 'recommendations') placeUnlabelledBlock(introducer, l.line);
        timescale = { ...ts, introducedBy: introducer.number };
        last = { kind: 'timescale' };
      } else if (inline || contentsTitles.has(normalise(text)) || recommendationHeadings.has(normalise(text))) {
        if (last?.kind === 'heading' && last.section.kind === 'section' && !last.section.judgement && last.section.theme) {
          fail(last.section.source.startLine, `${quote(last.section.title)} has no grade line`);
        }
        const section = open(headingTitle, l.line, 'section');
        if (inline) {
          if (section.kind !== 'section') fail(l.line, `${quote(headingTitle)} is not a judgement area of the framework (content/framework.json), so it cannot be graded`);
          const strong = l.runs.at(-1)?.strong ? l.runs.at(-1)!.text.trim() : text.slice(inline[1]!.length).trim();
          section.judgement = { ...grade(inline[2]!, inline[3]!, l.line), asPublished: strong.replace(/^\*+|\*+$/g, ''), line: l.line };
          last = { kind: 'grade' };
        }
      } else {
        continueLast(l, text);
      }
    }
    extendTo(l.line);
  }

  /**
   * The block of actions is known by its form (a paragraph that introduces them, then timescale
   * headings with their bullets), whether or not the text heads it. Where it has no heading, the
   * block gets a section of its own, titled with the framework's heading and marked as the site's
   * label, and the introducing paragraph moves into it from the section above, which it is not
   * part of: a recommendation belongs to its part's areas for improvement, never to a judged area.
   */
  function placeUnlabelledBlock(introducer: Paragraph, line: number) {
    const from = bySlug.get(introducer.section)!;
    if (last?.kind !== 'paragraph' || last.paragraph !== introducer) {
      fail(line, `a timescale heading follows a paragraph's recommendations or list, not the paragraph that introduces them`);
    }
    from.paragraphs = from.paragraphs.filter((n) => n !== introducer.number);
    from.source.endLine = Math.max(from.source.startLine, introducer.source.startLine - 1);
    const section = open(framework.headings.recommendations[0]!, introducer.source.startLine, 'section');
    section.titleFrom = 'site';
    section.paragraphs.push(introducer.number);
    introducer.section = section.slug;
  }

  function continueLast(l: SourceLine, text: string) {
    const target = last?.kind === 'paragraph' ? last.paragraph : last?.kind === 'recommendation' ? last.recommendation : undefined;
    const previous = target ? lastText(target) : '';
    if (!target || (!CONTINUES.test(text) && CLOSED.test(previous.trim()))) {
      fail(l.line, `${quote(text)} is not a heading in the contents list, a grade, a timescale or the continuation of a paragraph`);
    }
    const joined: Run[] = [{ text: ' ' }, ...l.runs];
    if ('blocks' in target) {
      const block = target.blocks.at(-1)!;
      if (block.type === 'text') block.runs = mergeRuns([...block.runs, ...joined]);
      else block.items[block.items.length - 1] = mergeRuns([...block.items.at(-1)!, ...joined]);
      target.continuationLines.push(l.line);
    } else {
      target.runs = mergeRuns([...target.runs, ...joined]);
    }
    target.source.endLine = l.line;
  }

  const end = lines.at(-1)?.line ?? 1;
  for (const p of framework.parts) {
    if (!seenParts.includes(p.id)) fail(end, `the report has no ${quote(p.title)} part (is it truncated?)`);
  }
  const recordSection = outline.find((s) => s.kind === 'record');
  if (!recordSection) fail(end, `the report has no ${quote(framework.headings.recordOfMainFindings)} (is it truncated?)`);
  for (const s of outline) {
    if (s.kind === 'section' && s.theme && !s.judgement) fail(s.source.startLine, `${quote(s.title)} has no grade line`);
    if (s.kind === 'group' && !outline.some((c) => c.parent === s.slug)) {
      fail(s.source.startLine, `the heading ${quote(s.title)} names no judgement area of the framework (content/framework.json)`);
    }
  }
  const contentsSlugs = matchContents(contents, outline, fail);
  recordSection.source.endLine = Math.max(recordSection.source.endLine, end);

  for (const p of paragraphs) p.text = blocksText(p.blocks);
  for (const r of recommendations) r.text = runsText(r.runs).trim();
  return { outline, paragraphs, recommendations, gradeScale, record: { section: recordSection, lines: lines.slice(index) }, contentsSlugs };
}

/**
 * Each contents entry names the next heading with that title, in order; returns their slugs.
 *
 * Note: titles repeat across parts ("Overall effectiveness"), so an entry is paired with the
 * heading found by this ordered walk, never by title alone.
 */
function matchContents(contents: ContentsLine[], outline: Section[], fail: Fail): string[] {
  const slugs: string[] = [];
  let from = 0;
  for (const entry of contents) {
    const title = normalise(entry.title);
    const at = outline.findIndex((s, i) => i >= from && s.titleFrom === 'report' && (normalise(s.title) === title || normalise(s.title).startsWith(`${title},`)));
    if (at === -1) {
      fail(entry.line, `the contents list ${quote(entry.title)} (page ${entry.page}) but no such heading follows in the text (is it truncated?)`);
    }
    outline[at]!.inContents = true;
    slugs.push(outline[at]!.slug);
    from = at + 1;
  }
  return slugs;
}

function introducesList(paragraph: Paragraph): boolean {
  const lastBlock = paragraph.blocks.at(-1)!;
  return lastBlock.type === 'list' || runsText(lastBlock.runs).trim().endsWith(':');
}

function lastText(target: Paragraph | Recommendation): string {
  if ('runs' in target) return runsText(target.runs);
  const block = target.blocks.at(-1)!;
  return block.type === 'text' ? runsText(block.runs) : runsText(block.items.at(-1)!);
}

export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** A paragraph as plain text: prose, then each list item on a line of its own. */
export function blocksText(blocks: Block[]): string {
  return blocks
    .map((b) => (b.type === 'text' ? runsText(b.runs).trim() : b.items.map((item) => runsText(item).trim()).join('\n')))
    .join('\n');
}
