/**
 * Draws search results and filter counts into the search page's server-rendered shell.
 *
 * Every string from the index is set as text (textContent), never parsed as HTML, so a
 * report whose text looks like markup shows it as text.
 */
import { gradeFromText, gradePieces, type GradeWording } from '../../lib/grade-text.ts';
import { recommendationCodeLabel } from '../../lib/recommendation-name.ts';
import type { RecordFilters } from '../../search/record.ts';
import type { Excerpt } from './excerpt.ts';
import type { FilterCounts } from './pagefind.ts';
import type { StatusLine } from './status.ts';

export interface ShownResult {
  url: string;
  title?: string;
  /** A recommendation's code ("sg-3m-4"), shown beside its name. */
  id?: string;
  filters: RecordFilters;
  excerpt: Excerpt;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** The record's URL with `?highlight=` (the words it matched) before its fragment. */
export function withHighlight(href: string, terms: string[]): string {
  if (terms.length === 0) return href;
  const target = new URL(href, location.href);
  target.searchParams.set('highlight', terms.slice(0, 12).join(' '));
  return target.pathname + target.search + target.hash;
}

/** A grade as the site's badges show it: word, number, and a colour that is never alone. */
function gradeBadge(wording: GradeWording): HTMLElement {
  const badge = element('span', `grade grade--${wording.grade}`);
  badge.dataset.grade = String(wording.grade);
  const { word, separator, number } = gradePieces(wording);
  badge.append(element('span', 'grade-word', word), separator, ' ', element('span', 'grade-number', number));
  return badge;
}

/**
 * A paragraph's result named by where it sits: "Economic well-being · paragraph 126" (the
 * number read from its address, `#p126`); anything else keeps its title.
 */
export function resultName(result: Pick<ShownResult, 'url' | 'title' | 'filters'>): string {
  const number = /#p(\d+)$/.exec(result.url)?.[1];
  const section = result.filters.section?.[0];
  if (result.filters.kind?.[0] === 'Paragraph' && number && section) return `${section} · paragraph ${number}`;
  return result.title ?? result.url;
}

export function resultItem(result: ShownResult): HTMLLIElement {
  const { filters } = result;
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result__title');
  const link = element('a', undefined, resultName(result));
  link.href = withHighlight(result.url, result.excerpt.terms);
  heading.append(link);

  const context = element('p', 'search-result__context');
  const parts: (string | HTMLElement)[] = [];
  const timescale = filters.timescale?.[0];
  const section = filters.section?.[0];
  const grade = gradeFromText(filters.grade?.[0] ?? '');
  if (filters.kind?.[0] === 'Recommendation') {
    // A recommendation is named by its words in the title; its code and where it stands come
    // here, with no grade: the report grades areas, not recommendations.
    parts.push(
      [result.id ? recommendationCodeLabel(result.id) : 'Recommendation', timescale?.toLowerCase()]
        .filter(Boolean)
        .join(', '),
    );
    if (filters.place?.[0]) parts.push(filters.place[0]);
  } else {
    // The section names the result (resultName); a paragraph outside any numbered
    // section still shows it here.
    if (section && !link.textContent?.startsWith(section)) parts.push(section);
    if (grade) parts.push(gradeBadge(grade));
    if (filters.part?.[0]) parts.push(filters.part[0]);
  }
  parts.forEach((part, i) => {
    if (i > 0) context.append(element('span', 'search-result__sep', ' · '));
    context.append(part);
  });

  const excerpt = element('p', 'search-result__excerpt');
  for (const segment of result.excerpt.segments)
    excerpt.append(segment.marked ? element('mark', undefined, segment.text) : segment.text);

  item.append(heading);
  if (context.childNodes.length > 0) item.append(context);
  item.append(excerpt);
  if (result.excerpt.terms.length > 0) {
    const matched = element('p', 'search-result__matched', 'Matched: ');
    matched.append(element('span', undefined, result.excerpt.terms.join(', ')));
    item.append(matched);
  }
  return item;
}

/** Writes the status lines into the status region, words in emphasis and links as links. */
export function showStatus(status: HTMLElement, lines: StatusLine[]): void {
  status.replaceChildren(
    ...lines.map((line) => {
      const p = element('p');
      for (const piece of line) {
        if (typeof piece === 'string') p.append(piece);
        else if (piece.href !== undefined) {
          const a = element('a', undefined, piece.text);
          a.href = piece.href;
          p.append(a);
        } else p.append(element('em', undefined, piece.text));
      }
      return p;
    }),
  );
}

/**
 * Updates each filter checkbox's count, and hides values that would leave no result
 * (unless chosen, so a choice can always be undone). A filter whose counts are not known (the
 * search was made before Pagefind's filter indexes were in) keeps every value shown, uncounted.
 */
export function showFilterCounts(form: HTMLFormElement, counts: FilterCounts | undefined): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-filter]')) {
    const group = counts?.[box.name];
    const count = group?.[box.value];
    const label = form.querySelector<HTMLElement>(`[data-count-for="${box.id}"]`);
    if (label) label.textContent = count === undefined ? '' : ` (${count})`;
    const row = box.closest('li');
    if (row) row.hidden = group !== undefined && !box.checked && (count ?? 0) === 0;
  }
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter-group]')) {
    fieldset.hidden = [...fieldset.querySelectorAll('li')].every((row) => row.hidden);
  }
}
