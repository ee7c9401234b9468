import type { Paragraph, Recommendation } from '../../model/schema.ts';
import { addMonths } from '../dates.ts';
import { quote } from '../quote.ts';
import type { ClassifiedLine } from './classify-line.ts';
import { open, type ReaderState } from './state.ts';

type Of<K extends ClassifiedLine['kind']> = Extract<ClassifiedLine, { kind: K }>;

/**
 * Starts a timescale ("Within three months:"), whose bullets are the part's recommendations,
 * introduced by the paragraph above it.
 */
export function readTimescale(state: ReaderState, l: Of<'timescale'>) {
  const introducer = state.paragraphs.at(-1);
  if (!introducer || introducer.part !== state.part!.part) {
    state.fail(l.line, `${quote(l.text)} has no paragraph in this part introducing its recommendations`);
  }
  if (state.current!.kind !== 'recommendations') placeUnlabelledBlock(state, introducer, l.line);
  state.timescale = { ...l.timescale, introducedBy: introducer.number };
  state.last = { kind: 'timescale' };
}

/** Adds a bullet under a timescale as the next recommendation of its part and timescale; `false` outside a timescale. */
export function readRecommendation(state: ReaderState, l: Of<'bullet'>): boolean {
  const { timescale, part, framework } = state;
  if (!timescale || !part) return false;
  const partInfo = framework.parts.find((p) => p.id === part.part)!;
  const key = `${partInfo.code}-${timescale.code}`;
  const ordinal = (state.ordinals.get(key) ?? 0) + 1;
  state.ordinals.set(key, ordinal);
  const recommendation: Recommendation = {
    id: `${key}-${ordinal}`,
    part: partInfo.id,
    timescale: timescale.code,
    timescaleLabel: timescale.label,
    months: timescale.months,
    dueDate: addMonths(state.published, timescale.months),
    ordinal,
    text: '',
    runs: l.runs,
    section: state.current!.slug,
    introducedBy: timescale.introducedBy,
    source: { startLine: l.line, endLine: l.line },
  };
  state.recommendations.push(recommendation);
  state.last = { kind: 'recommendation', recommendation };
  return true;
}

/**
 * The block of actions is known by its form (a paragraph that introduces them, then timescale
 * headings with their bullets), whether or not the text heads it. Where it has no heading, the
 * block gets a section of its own, titled with the framework's heading and marked as the site's
 * label, and the introducing paragraph moves into it from the section above, which it is not
 * part of: a recommendation belongs to its part's areas for improvement, never to a judged area.
 */
export function placeUnlabelledBlock(state: ReaderState, introducer: Paragraph, line: number) {
  const from = state.bySlug.get(introducer.section)!;
  const last = state.last;
  if (last?.kind !== 'paragraph' || last.paragraph !== introducer) {
    state.fail(
      line,
      `a timescale heading follows a paragraph's recommendations or list, not the paragraph that introduces them`,
    );
  }
  from.paragraphs = from.paragraphs.filter((n) => n !== introducer.number);
  from.source.endLine = Math.max(from.source.startLine, introducer.source.startLine - 1);
  const section = open(state, state.framework.headings.recommendations[0]!, introducer.source.startLine, 'section');
  section.titleFrom = 'site';
  section.paragraphs.push(introducer.number);
  introducer.section = section.slug;
}
