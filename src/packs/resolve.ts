/**
 * Matches a pack's identifiers against the catalogue. Every identifier ends up either as an
 * entry or as a problem that says what is wrong with it: nothing is dropped silently.
 */
import type { CatalogueEntry, PackCatalogue } from './catalogue.ts';
import { kindOf } from './ids.ts';

export interface PackProblem {
  /** The identifier as the URL gave it. */
  item: string;
  /** 1-based position in the `items` list. */
  position: number;
  /** malformed: not the syntax of any identifier; unknown: well formed, but the report has no such item; duplicate: already in the pack. */
  reason: 'malformed' | 'unknown' | 'duplicate';
}

export interface ResolvedPack {
  /** Found items, once each, in the order the identifiers listed them. */
  entries: CatalogueEntry[];
  problems: PackProblem[];
}

/**
 * Resolves identifiers (in the user's order) to catalogue entries and problems. Whether the
 * report has an item is decided by `catalogue.ids` (every id); its entry must be among
 * `catalogue.items` (the pack page loads the entries of every known id it is given).
 */
export function resolvePack(items: readonly string[], catalogue: PackCatalogue): ResolvedPack {
  const known = new Set(catalogue.ids);
  const byId = new Map(catalogue.items.map((entry) => [entry.id, entry]));
  const seen = new Set<string>();
  const entries: CatalogueEntry[] = [];
  const problems: PackProblem[] = [];
  items.forEach((item, index) => {
    const position = index + 1;
    if (kindOf(item) === null) problems.push({ item, position, reason: 'malformed' });
    else if (!known.has(item)) problems.push({ item, position, reason: 'unknown' });
    else if (seen.has(item)) problems.push({ item, position, reason: 'duplicate' });
    else {
      const entry = byId.get(item);
      if (!entry) throw new Error(`pack: "${item}" is in the report but its entry was not loaded`);
      seen.add(item);
      entries.push(entry);
    }
  });
  return { entries, problems };
}

/** A sentence a reader can act on for one problem. */
export function describeProblem(problem: PackProblem): string {
  switch (problem.reason) {
    case 'malformed':
      return `“${problem.item}” (item ${problem.position}) is not a paragraph number like p28 or a recommendation id like sg-3m-4.`;
    case 'unknown':
      return `“${problem.item}” (item ${problem.position}) looks like an identifier, but the report has no such ${kindOf(problem.item)}.`;
    case 'duplicate':
      return `“${problem.item}” (item ${problem.position}) is already in the pack, so it is shown once.`;
  }
}
