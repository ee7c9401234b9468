/**
 * A tag naming one build of the search index, for Pagefind's `metaCacheTag` option: Pagefind
 * then asks for `pagefind-entry.json?ts={tag}` instead of a new `?ts={now}` on every load, so the
 * search page can preload that file from its head (src/pages/search/index.astro), and a new index
 * still gets a new address. The index is made from the search records by this Pagefind, so the
 * two name it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchRecord } from './records.ts';

/** Pagefind's version, from its package.json (its exports map does not list that file). */
const pagefindVersion = (): string => {
  const main = fileURLToPath(import.meta.resolve('pagefind'));
  const { version } = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return version;
};

export function indexTag(records: SearchRecord[]): string {
  return createHash('sha256').update(pagefindVersion()).update(JSON.stringify(records)).digest('hex').slice(0, 16);
}
