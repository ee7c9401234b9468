/**
 * The build step that leaves each page the shell's stylesheet and one of its own
 * (src/integrations/join-stylesheets.ts),
 * run on a small built site in a temporary folder: pages, stylesheets and a script that loads one
 * of them on demand.
 */
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinStylesheets } from '../../../src/integrations/join-stylesheets.ts';

let dir: string;
const logged: string[] = [];
const link = (href: string) => `<link rel="stylesheet" href="${href}">`;
const page = (...hrefs: string[]) =>
  `<!DOCTYPE html><html><head>${hrefs.map(link).join('')}</head><body></body></html>`;

async function run(base = '/'): Promise<void> {
  const hooks = (joinStylesheets() as AstroIntegration).hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:done']!({ config: { base } });
  await hooks['astro:build:done']!({
    dir: pathToFileURL(`${dir}/`),
    logger: { info: (line: string) => logged.push(line) },
  });
}

const stylesheetsIn = async (file: string) =>
  [...(await readFile(join(dir, file), 'utf8')).matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]!);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'join-stylesheets-'));
  await mkdir(join(dir, '_astro'));
  await mkdir(join(dir, 'read'));
  await writeFile(join(dir, '_astro/base.css'), ':root{--fg:#000}');
  await writeFile(join(dir, '_astro/reading.css'), '.para{margin:0}');
  await writeFile(join(dir, '_astro/table.css'), '.table{margin:0}');
  await writeFile(join(dir, '_astro/search.css'), '.search{margin:0}');
  await writeFile(join(dir, '_astro/later.css'), '.later{margin:0}');
  await writeFile(join(dir, '_astro/script.js'), 'const deps=["_astro/later.css"];');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  logged.length = 0;
});

describe('joinStylesheets', () => {
  it("should keep the shell's stylesheet first and link one file joining the page's others in their order", async () => {
    await writeFile(join(dir, 'read/index.html'), page('/_astro/base.css', '/_astro/reading.css', '/_astro/table.css'));
    await writeFile(join(dir, 'index.html'), page('/_astro/base.css', '/_astro/search.css'));
    await run();
    const [shell, own, ...rest] = await stylesheetsIn('read/index.html');
    expect(shell).toBe('/_astro/base.css');
    expect(rest).toEqual([]);
    expect(await readFile(join(dir, own!), 'utf8')).toBe('.para{margin:0}\n.table{margin:0}');
    expect(await stylesheetsIn('index.html')).toEqual(['/_astro/base.css', '/_astro/search.css']);
  });

  it('should give pages with the same stylesheets the same file, and others their own', async () => {
    await writeFile(join(dir, 'read/index.html'), page('/_astro/base.css', '/_astro/reading.css', '/_astro/table.css'));
    await writeFile(join(dir, 'index.html'), page('/_astro/base.css', '/_astro/reading.css', '/_astro/table.css'));
    await mkdir(join(dir, 'search'));
    await writeFile(
      join(dir, 'search/index.html'),
      page('/_astro/base.css', '/_astro/search.css', '/_astro/table.css'),
    );
    await run();
    const reading = await stylesheetsIn('read/index.html');
    expect(await stylesheetsIn('index.html')).toEqual(reading);
    expect((await stylesheetsIn('search/index.html'))[1]).not.toBe(reading[1]);
  });

  it('should remove the files joined away but keep one a script still names', async () => {
    await writeFile(join(dir, 'read/index.html'), page('/_astro/base.css', '/_astro/reading.css', '/_astro/later.css'));
    await run();
    const left = await readdir(join(dir, '_astro'));
    expect(left).not.toContain('reading.css');
    expect(left).toContain('later.css');
    expect(left).toContain('base.css');
  });

  it('should join the first stylesheet too where pages do not all share it', async () => {
    await writeFile(join(dir, 'read/index.html'), page('/_astro/base.css', '/_astro/reading.css'));
    await writeFile(join(dir, 'index.html'), page('/_astro/search.css'));
    await run();
    const [href, ...rest] = await stylesheetsIn('read/index.html');
    expect(rest).toEqual([]);
    expect(await readFile(join(dir, href!), 'utf8')).toBe(':root{--fg:#000}\n.para{margin:0}');
  });

  it('should read and write stylesheets under the base path', async () => {
    await writeFile(
      join(dir, 'read/index.html'),
      page('/explorer/_astro/base.css', '/explorer/_astro/reading.css', '/explorer/_astro/table.css'),
    );
    await run('/explorer');
    const [, href] = await stylesheetsIn('read/index.html');
    expect(href).toMatch(/^\/explorer\/_astro\/page\.[\w-]+\.css$/);
    expect(await readFile(join(dir, href!.slice('/explorer/'.length)), 'utf8')).toContain('.table{margin:0}');
  });
});
