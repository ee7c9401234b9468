/**
 * The pack page: reads the pack from the URL, shows it from /pack/items.json, and keeps the URL
 * in step with every change (order, removals, title, note) so the address is always the pack.
 *
 * Loaded as a bundled file (never inline) so it runs under a CSP without 'unsafe-inline'.
 */
import { copyText } from './lib/clipboard.ts';
import { copyTable } from './lib/copy-table.ts';
import { packPlanRows } from '../packs/action-plan.ts';
import { DOWNLOAD_TYPES } from '../lib/download-types.ts';
import { onFirstUse } from './lib/on-first-use.ts';
import type { CatalogueEntry, PackCatalogue, PackIndex } from '../packs/catalogue.ts';
import { citation } from '../packs/citation.ts';
import { itemName } from '../packs/ids.ts';
import { inReportOrder, moveItem, removeItem } from '../packs/order.ts';
import { parsePackQuery, serialisePackQuery, type PackQuery } from '../packs/query.ts';
import { DEFAULT_TITLE, packToText } from '../packs/render-text.ts';
import { describeProblem, resolvePack } from '../packs/resolve.ts';
import { browserStore, readBuildingPack, storageKey, writeBuildingPack } from '../packs/storage.ts';
import { url } from '../lib/urls.ts';
import { fileName } from '../packs/file-name.ts';
import { element, itemNode } from './pack/dom.ts';

const app = document.getElementById('pack-app');
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const STORE = browserStore();
const KEY = storageKey(url());

let state: PackQuery = parsePackQuery(location.search);
let catalogue: PackCatalogue;
/** Whether this page shows the pack being built on the reading pages, so edits here follow it there. */
let isBuildingPack = false;

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');
}

/** The entries in the order shown. */
function shownEntries(): CatalogueEntry[] {
  const { entries } = resolvePack(state.items, catalogue);
  return state.order === 'report' ? inReportOrder(entries, catalogue) : entries;
}

function announce(message: string): void {
  const status = byId('pack-status');
  // Clearing first makes a repeated message ("Moved to position 2") be announced again.
  status.textContent = '';
  window.setTimeout(() => (status.textContent = message), 50);
}

/** Writes the state into the address (no new history entry per keystroke) and storage. */
function save(): void {
  history.replaceState(history.state, '', `${location.pathname}${serialisePackQuery(state)}${location.hash}`);
  if (isBuildingPack) writeBuildingPack(STORE, KEY, { items: state.items, title: state.title, note: state.note });
  byId('pack-self-url').textContent = location.href;
  const title = state.title.trim() || DEFAULT_TITLE;
  byId('pack-print-title').textContent = title;
  byId('pack-print-note').textContent = state.note;
  document.title = document.title.replace(/^[^|]*\|/, `${title} |`);
}

function render(): void {
  const entries = shownEntries();
  const { problems } = resolvePack(state.items, catalogue);
  const list = byId<HTMLOListElement>('pack-list');
  list.replaceChildren(...entries.map((entry) => itemNode(entry, catalogue, location.href)));
  list.querySelectorAll('li').forEach((li, index) => {
    // Aria-disabled rather than disabled, so a button that reaches an end keeps focus.
    if (index === 0) li.querySelector('[data-action="up"]')?.setAttribute('aria-disabled', 'true');
    if (index === entries.length - 1) li.querySelector('[data-action="down"]')?.setAttribute('aria-disabled', 'true');
  });
  byId('pack-empty').hidden = entries.length > 0;
  // Nothing to copy, download or print in an empty pack; the hint beside them says why.
  for (const id of ['pack-copy', 'pack-download', 'pack-print', 'pack-plan-copy', 'pack-plan-csv'])
    byId<HTMLButtonElement>(id).disabled = entries.length === 0;
  byId('pack-actions-hint').hidden = entries.length > 0;
  byId('pack-items-heading').textContent = `Items (${entries.length})`;

  byId('pack-problems').hidden = problems.length === 0;
  byId('pack-problem-list').replaceChildren(
    ...problems.map((problem) => {
      const remove = element(
        'button',
        { attrs: { type: 'button', 'data-position': String(problem.position) } },
        'Remove',
      );
      remove.append(
        element('span', { className: 'visually-hidden', text: ` ${itemName(problem.item)} from the link` }),
      );
      return element(
        'li',
        { attrs: { 'data-problem': problem.reason } },
        element('span', { text: describeProblem(problem) }),
        ' ',
        remove,
      );
    }),
  );
  byId('pack-citation-list').replaceChildren(
    ...entries.map((entry) => element('li', { text: citation(entry, catalogue, location.href) })),
  );
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="pack-order"]')) {
    radio.checked = radio.value === state.order;
  }
  save();
}

function focusTool(id: string, action: string): void {
  const target =
    document.querySelector<HTMLElement>(`#pack-list li[data-id="${CSS.escape(id)}"] [data-action="${action}"]`) ??
    byId('pack-items-heading');
  if (target === byId('pack-items-heading')) target.tabIndex = -1;
  target.focus();
}

function onItemTool(button: HTMLButtonElement): void {
  const li = button.closest<HTMLLIElement>('li[data-id]');
  const id = li?.dataset.id;
  const action = button.dataset.action;
  if (!id || !action || button.getAttribute('aria-disabled') === 'true') return;
  const shown = shownEntries().map((entry) => entry.id);
  const name = itemName(id);
  const capital = name.charAt(0).toUpperCase() + name.slice(1);
  if (action === 'remove') {
    const at = shown.indexOf(id);
    const next = shown[at + 1] ?? shown[at - 1];
    state = { ...state, items: removeItem(state.items, id) };
    render();
    if (next) focusTool(next, 'remove');
    else focusTool('', 'remove');
    announce(`${capital} removed. ${shown.length - 1} ${shown.length - 1 === 1 ? 'item' : 'items'} left.`);
    return;
  }
  const delta = action === 'up' ? -1 : 1;
  // A move is a move in the order the user sees; from report order it starts their own.
  const switched = state.order === 'report';
  state = { ...state, order: 'user', items: moveItem(state.items, shown, id, delta) };
  render();
  focusTool(id, action);
  const position = shownEntries().findIndex((entry) => entry.id === id) + 1;
  announce(`${capital} moved to position ${position} of ${shown.length}.${switched ? ' Now showing your order.' : ''}`);
}

function documentFor() {
  return { title: state.title, note: state.note, entries: shownEntries(), catalogue, pageUrl: location.href };
}

/** Saves a file the page made, through a temporary link. */
function saveFile(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = element('a', { attrs: { href, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start the download after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** The pack as an action-plan table, header row first; its links are the items' own addresses. */
function planTable(): HTMLTableElement {
  const [header = [], ...rows] = packPlanRows(documentFor());
  const linkColumn = header.indexOf('Link');
  return element(
    'table',
    {},
    element('thead', {}, element('tr', {}, ...header.map((name) => element('th', { text: name })))),
    element(
      'tbody',
      {},
      ...rows.map((row) =>
        element(
          'tr',
          {},
          ...row.map((value, i) =>
            element('td', {}, i === linkColumn ? element('a', { text: value, attrs: { href: value } }) : value),
          ),
        ),
      ),
    ),
  );
}

function wireControls(): void {
  const title = byId<HTMLInputElement>('pack-title');
  const note = byId<HTMLTextAreaElement>('pack-note');
  title.value = state.title;
  note.value = state.note;
  title.addEventListener('input', () => {
    state = { ...state, title: title.value };
    save();
  });
  note.addEventListener('input', () => {
    state = { ...state, note: note.value };
    save();
  });
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="pack-order"]')) {
    radio.addEventListener('change', () => {
      state = { ...state, order: radio.value === 'report' ? 'report' : 'user' };
      render();
      announce(state.order === 'report' ? 'Showing report order.' : 'Showing your order.');
    });
  }
  byId('pack-list').addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (button) onItemTool(button);
  });
  byId('pack-problem-list').addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-position]');
    if (!button) return;
    const position = Number(button.dataset.position);
    const removed = state.items[position - 1];
    state = { ...state, items: state.items.filter((_, index) => index !== position - 1) };
    render();
    byId('pack-items-heading').tabIndex = -1;
    (document.querySelector<HTMLElement>('#pack-problem-list button') ?? byId('pack-items-heading')).focus();
    announce(`${removed === undefined ? 'Item' : `“${removed}”`} removed from the link.`);
  });
  byId('pack-copy').addEventListener('click', async () => {
    announce((await copyText(packToText(documentFor()))) ? 'Pack copied as text.' : 'Could not copy the pack.');
  });
  // The two downloads' writers load when a reader reaches for them: most readers of a pack never do.
  onFirstUse(
    '#pack-download',
    () => import('../packs/render-markdown.ts'),
    (_control, markdown) => {
      void markdown.then(({ packToMarkdown }) => {
        saveFile(
          new Blob([packToMarkdown(documentFor())], { type: 'text/markdown;charset=utf-8' }),
          fileName(state.title),
        );
        announce(`Downloaded ${fileName(state.title)}.`);
      });
    },
  );
  byId('pack-print').addEventListener('click', () => window.print());
  byId('pack-plan-copy').addEventListener('click', async () => {
    const count = shownEntries().length;
    const copied = await copyTable(planTable());
    announce(copied ? `Copied table of ${count} ${count === 1 ? 'item' : 'items'}.` : 'Could not copy the table.');
  });
  onFirstUse(
    '#pack-plan-csv',
    () => import('../packs/action-plan-csv.ts'),
    (_control, csv) => {
      void csv.then(({ packPlanCsv }) => {
        const name = fileName(state.title).replace(/\.md$/, '-action-plan.csv');
        saveFile(new Blob([packPlanCsv(documentFor())], { type: DOWNLOAD_TYPES['.csv'] }), name);
        announce(`Downloaded ${name}.`);
      });
    },
  );
}

/**
 * Where the address shows another pack than the one being built (a link someone sent), offer
 * the way back to one's own.
 */
function offerBuildingPack(): void {
  const building = readBuildingPack(STORE, KEY);
  if (isBuildingPack || building.items.length === 0) return;
  const resume = byId('pack-resume');
  const href = `${location.pathname}${serialisePackQuery({ ...building, order: 'user' })}`;
  const count = building.items.length;
  resume.replaceChildren(
    'This is a pack from a link. ',
    element('a', {
      text: `Open the pack you are building (${count} ${count === 1 ? 'item' : 'items'})`,
      attrs: { href },
    }),
  );
  resume.hidden = false;
}

async function json<T>(address: string): Promise<T> {
  const response = await fetch(address);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${address}`);
  return (await response.json()) as T;
}

/**
 * The index and the entries of this pack's own items: a pack of three fetches three small
 * files, not the whole report.
 */
async function load(container: HTMLElement): Promise<PackCatalogue> {
  const index = await json<PackIndex>(container.dataset.index ?? '');
  const known = new Set(index.ids);
  const wanted = [...new Set(state.items)].filter((id) => known.has(id));
  const entries = await Promise.all(
    wanted.map((id) => json<CatalogueEntry>(`${container.dataset.items ?? ''}${encodeURIComponent(id)}.json`)),
  );
  return { ...index, items: inReportOrder(entries, index) };
}

async function start(container: HTMLElement): Promise<void> {
  const building = readBuildingPack(STORE, KEY);
  // A bare /pack/ is the pack being built, reopened: its link is written to the address.
  if (state.items.length === 0 && state.title === '' && state.note === '' && building.items.length > 0) {
    state = { ...state, items: building.items, title: building.title, note: building.note };
  }
  try {
    catalogue = await load(container);
  } catch {
    const error = byId('pack-load-error');
    error.textContent =
      'The report’s items could not be loaded, so this pack cannot be shown. Reload the page to try again.';
    error.hidden = false;
    return;
  }
  isBuildingPack = building.items.length > 0 && sameItems(building.items, state.items);
  wireControls();
  render();
  offerBuildingPack();
  container.hidden = false;
}

if (app) void start(app);
