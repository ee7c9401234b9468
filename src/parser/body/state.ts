import { slug as slugify } from 'github-slugger';
import type { Framework, Paragraph, Recommendation, Section } from '../../model/schema.ts';
import type { Fail } from '../errors.ts';
import { normalise, partByTitle, themeOf } from '../framework.ts';
import { quote } from '../quote.ts';

/** The last thing the reader placed, which decides what the next line may attach to. */
export type Last =
  | { kind: 'heading'; section: Section }
  | { kind: 'grade' | 'timescale' | 'scale' }
  | { kind: 'paragraph'; paragraph: Paragraph }
  | { kind: 'recommendation'; recommendation: Recommendation };

export type GradeScaleEntry = {
  grade: number;
  label: string;
  asPublished: string;
  description: string;
  section: string;
  line: number;
};

/** What the body reader has built so far, and where in the report it stands. */
export interface ReaderState {
  framework: Framework;
  published: string;
  fail: Fail;
  recommendationHeadings: Set<string>;
  outline: Section[];
  bySlug: Map<string, Section>;
  paragraphs: Paragraph[];
  recommendations: Recommendation[];
  gradeScale: GradeScaleEntry[];
  /** The next ordinal for each part and timescale ("sg-3m"). */
  ordinals: Map<string, number>;
  /** The parts met so far, in order. */
  seenParts: string[];
  current?: Section;
  part?: Section;
  group?: Section;
  last?: Last;
  timescale?: { code: string; label: string; months: number; introducedBy: number };
}

export function createState(framework: Framework, published: string, fail: Fail): ReaderState {
  return {
    framework,
    published,
    fail,
    recommendationHeadings: new Set(framework.headings.recommendations.map(normalise)),
    outline: [],
    bySlug: new Map(),
    paragraphs: [],
    recommendations: [],
    gradeScale: [],
    ordinals: new Map(),
    seenParts: [],
  };
}

/**
 * Opens a section at a heading and makes it current. Inside a part, an outcome area sits under
 * the group heading above it, any other area or group under the part; a heading that names no
 * area and is not the areas for improvement is a group.
 */
export function open(state: ReaderState, title: string, line: number, kind: Section['kind']): Section {
  const { framework, part } = state;
  const theme = part && kind === 'section' ? themeOf(framework, title) : undefined;
  const parent = kind === 'part' || !part ? undefined : theme?.outcome && state.group ? state.group : part;
  const base = kind === 'part' ? partByTitle(framework, title)!.id : slugify(title);
  const slug = parent && kind !== 'record' ? `${part!.part}/${base}` : base;
  const clash = state.bySlug.get(slug);
  if (clash) state.fail(line, `the heading ${quote(title)} repeats the one at line ${clash.source.startLine}`);
  const section: Section = {
    slug,
    title,
    kind: kind === 'section' && part && !theme && !state.recommendationHeadings.has(normalise(title)) ? 'group' : kind,
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
  else if (kind === 'section' && state.recommendationHeadings.has(normalise(title))) section.kind = 'recommendations';
  if (section.kind === 'group') state.group = section;
  else if (kind !== 'section' || !theme?.outcome || section.parent !== state.group?.slug) state.group = undefined;
  state.outline.push(section);
  state.bySlug.set(section.slug, section);
  state.current = section;
  state.timescale = undefined;
  state.last = { kind: 'heading', section };
  return section;
}

/** Stretches the current section and every section above it to end at `line`. */
export function extendTo(state: ReaderState, line: number) {
  for (let s: Section | undefined = state.current; s; s = s.parent === null ? undefined : state.bySlug.get(s.parent)) {
    s.source.endLine = Math.max(s.source.endLine, line);
  }
}
