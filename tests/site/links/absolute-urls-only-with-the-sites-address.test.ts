/**
 * The site's address (SITE_URL): a build without it names no address at all, never localhost,
 * and says in one line what it left out; a build with it uses it for every absolute URL.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { elementsOf, htmlFiles } from '../../lib/built-pages.ts';
import { buildLog, SITES, TEST_SITE_URL, type SiteName } from '../../lib/site.ts';

/** Every text file of a built site: path and contents. */
async function textFiles(dir: string): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const texts = entries.filter(
    (e) => e.isFile() && /\.(html|xml|txt|csv|json|js|css|webmanifest|svg)$|^_headers$/.test(e.name),
  );
  return Promise.all(
    texts.map(async (e) => ({
      file: join(e.parentPath, e.name),
      text: await readFile(join(e.parentPath, e.name), 'utf8'),
    })),
  );
}

/** The URL-valued columns of every CSV download ("url", "section_url", "permalink"). */
async function csvUrls(dir: string): Promise<string[]> {
  const urls: string[] = [];
  for (const file of (await readdir(join(dir, 'data'))).filter((f) => f.endsWith('.csv'))) {
    const rows = parse(await readFile(join(dir, 'data', file), 'utf8'), { columns: true }) as Record<string, string>[];
    for (const row of rows)
      for (const [column, value] of Object.entries(row)) if (/(^|_)url$|^permalink$/.test(column)) urls.push(value);
  }
  return urls;
}

/** Each page's canonical link and og:url, where it has them. */
async function shareUrls(dir: string): Promise<{ file: string; canonical?: string; ogUrl?: string }[]> {
  return Promise.all(
    (await htmlFiles(dir)).map(async (file) => {
      const elements = elementsOf(await readFile(join(dir, file), 'utf8'));
      return {
        file,
        canonical: elements.find((e) => e.name === 'link' && e.attributes.rel === 'canonical')?.attributes.href,
        ogUrl: elements.find((e) => e.name === 'meta' && e.attributes.property === 'og:url')?.attributes.content,
      };
    }),
  );
}

const WITHOUT: SiteName = 'other';
const WITH: SiteName = 'root';

describe('a build without SITE_URL', () => {
  const dir = SITES[WITHOUT].outDir;

  it('should name localhost (or any loopback address) in no file', async () => {
    const naming = (await textFiles(dir))
      .filter(({ text }) => /localhost|127\.0\.0\.1|\[::1\]/.test(text))
      .map(({ file }) => file);
    expect(naming).toEqual([]);
  });

  it('should leave out canonical links, og:url and the sitemap, which need an absolute address', async () => {
    const pages = await shareUrls(dir);
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => p.canonical !== undefined || p.ogUrl !== undefined)).toEqual([]);
    expect(existsSync(join(dir, 'sitemap.xml'))).toBe(false);
    const robots = await readFile(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/Sitemap:/);
  });

  it('should give site-relative URLs in the data files', async () => {
    const urls = await csvUrls(dir);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith('/') || u.startsWith('//'))).toEqual([]);
  });

  it.skipIf(buildLog(WITHOUT) === undefined)('should say in one line what it left out, and how to include it', () => {
    const lines = buildLog(WITHOUT)!
      .split('\n')
      .filter((line) => line.includes('SITE_URL'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/sitemap\.xml/);
    expect(lines[0]).toMatch(/SITE_URL=https:/);
  });
});

describe('a build with SITE_URL', () => {
  const dir = SITES[WITH].outDir;
  const home = new URL(SITES[WITH].base ?? '/', TEST_SITE_URL).href;

  it('should use it for every canonical link and og:url', async () => {
    const pages = (await shareUrls(dir)).filter((p) => p.file !== '404.html');
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => !p.canonical?.startsWith(home) || !p.ogUrl?.startsWith(home))).toEqual([]);
  });

  it('should use it for every sitemap entry and the Sitemap line of robots.txt', async () => {
    const locs = [...(await readFile(join(dir, 'sitemap.xml'), 'utf8')).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => m[1]!,
    );
    expect(locs.length).toBeGreaterThan(10);
    expect(locs.filter((loc) => !loc.startsWith(home))).toEqual([]);
    expect(await readFile(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${home}sitemap.xml`);
  });

  it('should use it for every URL in the data files', async () => {
    const urls = await csvUrls(dir);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith(home))).toEqual([]);
  });

  it('should name localhost in no file either', async () => {
    expect(
      (await textFiles(dir)).filter(({ text }) => /localhost|127\.0\.0\.1/.test(text)).map(({ file }) => file),
    ).toEqual([]);
  });

  it.skipIf(buildLog(WITH) === undefined)('should not warn about SITE_URL', () => {
    expect(buildLog(WITH)).not.toContain('SITE_URL is not set');
  });
});
