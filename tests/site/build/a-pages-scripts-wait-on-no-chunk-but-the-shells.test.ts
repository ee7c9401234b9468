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

/** The module scripts each page loads, by the page's path. */
let scriptsOf: Map<string, string[]>;
/** The script every page with scripts loads: the shell's. */
let shell: string | undefined;
beforeAll(async () => {
  await init;
  scriptsOf = new Map(
    (await builtPages()).map((p) => [
      p.path,
      p.elements.filter((e) => e.name === 'script' && e.attributes.src).map((e) => e.attributes.src!),
    ]),
  );
  const withScripts = [...scriptsOf.values()].filter((scripts) => scripts.length > 0);
  shell = withScripts[0]?.find((src) => withScripts.every((scripts) => scripts.includes(src)));
});

describe('the scripts a page loads', () => {
  it('should include the shell script, the same on every page, which imports no other chunk', async () => {
    expect(shell).toBeDefined();
    expect(await staticImports(fileOf(shell!))).toEqual([]);
  });

  it('should import nothing but the shell script before they run', async () => {
    const found: string[] = [];
    const shellName = shell!.split('/').at(-1);
    // Each script is read once, however many pages load it.
    const imports = new Map<string, Promise<string[]>>();
    for (const [path, scripts] of scriptsOf) {
      for (const src of scripts) {
        if (!imports.has(src)) imports.set(src, staticImports(fileOf(src)));
        for (const name of await imports.get(src)!) {
          if (name.split('/').at(-1) !== shellName) found.push(`${path}: ${src} imports ${name}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
