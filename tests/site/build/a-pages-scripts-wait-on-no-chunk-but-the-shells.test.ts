/**
 * The bundling rule in astro.config.mjs puts the page shell's script and everything it imports in
 * one file, so a reading page's scripts run after at most one request each and never wait on a
 * chain of imported chunks; the modules the search, pack and recommendations pages' scripts
 * share are one chunk ("page-tools") that a reading page never loads. Checked on the built files,
 * read with es-module-lexer (the parser Vite uses): the shell's script imports nothing, a reading
 * page's scripts import nothing but it, and other pages' scripts nothing but it and page-tools.
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

  it('should import nothing but the shell script, and on pages other than reading pages the shared page-tools chunk, before they run', async () => {
    const found: string[] = [];
    const shellName = shell!.split('/').at(-1);
    const allowed = (path: string, name: string) =>
      name === shellName || (!path.startsWith(`${BASE_PATH}read/`) && name.startsWith('page-tools.'));
    // Each script is read once, however many pages load it.
    const imports = new Map<string, Promise<string[]>>();
    for (const [path, scripts] of scriptsOf) {
      for (const src of scripts) {
        if (!imports.has(src)) imports.set(src, staticImports(fileOf(src)));
        for (const name of await imports.get(src)!) {
          if (!allowed(path, name.split('/').at(-1)!)) found.push(`${path}: ${src} imports ${name}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('should leave the page-tools chunk off reading pages, yet use it on the pages that share it', async () => {
    const users = new Set<string>();
    const imports = new Map<string, Promise<string[]>>();
    for (const [path, scripts] of scriptsOf) {
      for (const src of scripts) {
        if (!imports.has(src)) imports.set(src, staticImports(fileOf(src)));
        if ((await imports.get(src)!).some((name) => name.split('/').at(-1)!.startsWith('page-tools.')))
          users.add(path);
      }
    }
    expect([...users].filter((path) => path.startsWith(`${BASE_PATH}read/`))).toEqual([]);
    expect(users).toContain(`${BASE_PATH}search/`);
    expect(users).toContain(`${BASE_PATH}pack/`);
  });
});
