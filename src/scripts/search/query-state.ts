/**
 * The search page's state as it lives in the URL: `?q=words&part=...&kind=...`, one
 * parameter per chosen filter value, so that any search can be bookmarked and shared, and
 * `spelling=as-typed` once the reader chose their own words over a correction.
 */
import { FILTERS, type FilterName } from '../../search/record.ts';

export interface QueryState {
  q: string;
  filters: Partial<Record<FilterName, string[]>>;
  /** Search the words as typed: no spelling corrections. */
  asTyped?: boolean;
}

const AS_TYPED = ['spelling', 'as-typed'] as const;

export function readState(search: string): QueryState {
  const params = new URLSearchParams(search);
  const filters: QueryState['filters'] = {};
  for (const name of FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  const state: QueryState = { q: params.get('q') ?? '', filters };
  if (params.get(AS_TYPED[0]) === AS_TYPED[1]) state.asTyped = true;
  return state;
}

export function writeState(state: QueryState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTERS) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.asTyped) params.set(...AS_TYPED);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Pagefind's filter argument. Values chosen within one filter widen the search (any of them);
 * different filters narrow it (all of them).
 */
export function pagefindFilters(state: QueryState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(state.filters)) if (values.length > 0) out[name] = { any: values };
  return out;
}
