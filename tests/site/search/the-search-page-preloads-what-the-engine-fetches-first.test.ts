/**
 * On a weak signal each file the search engine needs before its first answer costs a round trip
 * if the engine has to ask for it after the page's scripts run. The built search page's head
 * names them all, so the browser fetches them at once: Pagefind's script, its entry file, and for
 * each language the entry lists, the WebAssembly and the index metadata (whose name holds a hash
 * of the index, added by src/integrations/search-index.ts). Each must exist in the build.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH, builtPages, type Element } from '../../lib/built-pages.ts';
import { SITE_DIR } from '../../lib/site.ts';

let head: Element[];
let entry: { languages: Record<string, { hash: string; wasm?: string }> };

beforeAll(async () => {
  const page = (await builtPages()).find((p) => p.path === `${BASE_PATH}search/`)!;
  const headEnd = page.elements.findIndex((e) => e.name === 'body');
  head = page.elements.slice(0, headEnd);
  entry = JSON.parse(await readFile(join(SITE_DIR, 'pagefind', 'pagefind-entry.json'), 'utf8')) as typeof entry;
});

/** The paths under pagefind/ the head preloads, without their query. */
const preloaded = () =>
  head
    .filter((e) => e.name === 'link' && /\b(preload|modulepreload)\b/.test(e.attributes.rel ?? ''))
    .map((e) => e.attributes.href!)
    .filter((href) => href.startsWith(`${BASE_PATH}pagefind/`))
    .map((href) => href.slice(`${BASE_PATH}pagefind/`.length).split('?')[0]!);

describe('the search page', () => {
  it("should preload Pagefind's script, its entry file, and each language's engine and index metadata", () => {
    const wanted = ['pagefind.js', 'pagefind-entry.json'];
    for (const language of Object.values(entry.languages))
      wanted.push(`wasm.${language.wasm ?? 'unknown'}.pagefind`, `pagefind.${language.hash}.pf_meta`);
    expect(new Set(preloaded())).toEqual(new Set(wanted));
  });

  it('should preload only files the build holds, fetched as the engine fetches them', async () => {
    for (const path of preloaded()) await expect(access(join(SITE_DIR, 'pagefind', path))).resolves.toBeUndefined();
    const fetches = head.filter((e) => e.name === 'link' && e.attributes.rel === 'preload');
    expect(fetches.every((e) => e.attributes.as === 'fetch' && e.attributes.crossorigin === 'anonymous')).toBe(true);
  });
});
