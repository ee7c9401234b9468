/**
 * DOM pieces of the pack page: an item as published, its tools, and small helpers. Text is
 * always set with textContent, so nothing from the URL or the report is ever parsed as HTML.
 */
import type { Block, Run } from '../../model/schema.ts';
import type { CatalogueEntry, PackCatalogue } from '../../packs/catalogue.ts';
import { gradeText } from '../../lib/grade-text.ts';
import { formatDate } from '../../lib/due-date.ts';
import { recommendationCodeLabel } from '../../lib/recommendation-name.ts';
import { itemUrl, sectionText } from '../../packs/citation.ts';

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function runsToNodes(runs: readonly Run[]): Node[] {
  return runs.map((run) => {
    let node: Node = document.createTextNode(run.text);
    if (run.emphasis) node = element('em', {}, node);
    if (run.strong) node = element('strong', {}, node);
    return node;
  });
}

/** The item's text as published: paragraphs, lists and emphasis. */
export function blocksToNodes(blocks: readonly Block[]): Node[] {
  return blocks.map((block) =>
    block.type === 'text'
      ? element('p', {}, ...runsToNodes(block.runs))
      : element('ul', {}, ...block.items.map((item) => element('li', {}, ...runsToNodes(item)))),
  );
}

/** A button whose visible label is followed by hidden words naming what it acts on. */
export function toolButton(label: string, hidden: string, action: string): HTMLButtonElement {
  const button = element('button', { attrs: { type: 'button', 'data-action': action } }, label);
  button.append(element('span', { className: 'visually-hidden', text: ` ${hidden}` }));
  return button;
}

/** The site's grade badge: word and number in text, colour only as a stripe beside it. */
function gradeBadge(grade: { grade: number; label: string }): HTMLElement {
  return element('span', { className: `grade grade--${grade.grade}`, text: gradeText(grade) });
}

/**
 * Where an item sits. A paragraph: its section and the section's grade. A recommendation: its
 * code, timescale and due date, then where it stands (its part's areas for improvement), with no
 * grade: the report grades areas, not recommendations.
 */
function metaNode(entry: CatalogueEntry, catalogue: PackCatalogue): HTMLParagraphElement {
  const section = catalogue.sections[entry.section];
  const meta = element('p', { className: 'pack-item-meta' });
  if (entry.kind === 'recommendation') {
    const code = [
      recommendationCodeLabel(entry.code ?? entry.id),
      entry.timescale?.toLowerCase(),
      entry.due ? `due ${formatDate(entry.due)}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    // One span per line of the meta (it is a flex row): the code, then where it stands.
    meta.append(element('span', { className: 'pack-item-code', text: code }));
    if (entry.place) meta.append(element('span', { className: 'pack-item-place', text: entry.place }));
    return meta;
  }
  meta.append(element('span', { text: sectionText(entry, catalogue) }));
  if (section?.grade) meta.append(' ', gradeBadge(section.grade));
  return meta;
}

/** One item of the pack as a list entry: heading, where it sits, grade, text, permalink, tools. */
export function itemNode(entry: CatalogueEntry, catalogue: PackCatalogue, pageUrl: string): HTMLLIElement {
  const headingId = `pack-item-${entry.id}`;
  const meta = metaNode(entry, catalogue);

  const href = itemUrl(entry, pageUrl);
  // The tools' hidden words name the item as a listener would ask for it.
  const name = entry.kind === 'recommendation' ? `recommendation ${entry.code ?? entry.id}` : entry.label.toLowerCase();
  const tools = element(
    'div',
    { className: 'pack-item-tools' },
    toolButton('Move up', name, 'up'),
    toolButton('Move down', name, 'down'),
    toolButton('Remove', name, 'remove'),
  );
  return element(
    'li',
    { className: 'pack-item', attrs: { 'data-id': entry.id } },
    element(
      'article',
      { attrs: { 'aria-labelledby': headingId } },
      element('h3', { text: entry.label, attrs: { id: headingId } }),
      meta,
      element('div', { className: 'pack-item-text' }, ...blocksToNodes(entry.blocks)),
      element(
        'p',
        { className: 'pack-item-link' },
        'Permalink: ',
        element('a', { text: href, attrs: { href: entry.permalink } }),
        ...(entry.context
          ? [' (', element('a', { text: 'read in context', attrs: { href: entry.context } }), ')']
          : []),
      ),
      tools,
    ),
  );
}
