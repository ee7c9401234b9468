/**
 * The bundling rule in astro.config.mjs puts the page shell's script and everything it imports in
 * one file, so a page's scripts run after at most one request each and never wait on a chain of
 * imported chunks. Checked on the built files, read with es-module-lexer (the parser Vite uses):
 * the shell's script imports nothing, and every other script a page loads imports nothing but it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH, builtPages } from '../../lib/built-pages.ts';
import { SITE_DIR } from '../../lib/site.ts';

/** The file a root-relative script address names in the built site. */
const fileOf = (src: string) => join(SITE_DIR, src.slice(BASE_PATH.length));

/** The modules a built script imports before it can run (static imports; dynamic ones load later). */
async function staticImports(file: string): Promise<string[]> {
  const [imports] = parse(await readFile(file, 'utf8'));
  return imports.filter((i) => i.d === -1).map((i) => i.n!);
}

/** The script every page with scripts loads: the shell's. */
function shellScript(): string | undefined {
  const withScripts = pages
    .map(
      (p) => new Set(p.elements.filter((e) => e.name === 'script' && e.attributes.src).map((e) => e.attributes.src!)),
    )
    .filter((s) => s.size > 0);
  return [...(withScripts[0] ?? [])].find((src) => withScripts.every((s) => s.has(src)));
}

let pages: Awaited<ReturnType<typeof builtPages>>;
beforeAll(async () => {
  await init;
  pages = await builtPages();
});

describe('the scripts a page loads', () => {
  it('should include the shell script, the same on every page, which imports no other chunk', async () => {
    const shell = shellScript();
    expect(shell).toBeDefined();
    expect(await staticImports(fileOf(shell!))).toEqual([]);
  });

  it('should import nothing but the shell script before they run', async () => {
    const found: string[] = [];
    for (const page of pages) {
      const scripts = page.elements
        .filter((e) => e.name === 'script' && e.attributes.src)
        .map((e) => e.attributes.src!);
      const shellName = shellScript()!.split('/').at(-1);
      for (const src of scripts) {
        for (const name of await staticImports(fileOf(src))) {
          if (name.split('/').at(-1) !== shellName) found.push(`${page.path}: ${src} imports ${name}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
