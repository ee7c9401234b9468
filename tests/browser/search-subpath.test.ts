/**
 * Search under a sub-path deployment (BASE_PATH=/explorer/): the index loads, results link
 * under the base path, and highlighting works on arrival. Builds its own copy once.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteUnderTest } from '../lib/browser.ts';
import { search } from '../lib/search.ts';

const BASE = '/explorer/';
let outDir: string;
let site: SiteUnderTest;
let page: Page;

beforeAll(async () => {
  outDir = join(mkdtempSync(join(tmpdir(), 'search-subpath-')), 'dist');
  // Note: Vitest puts import.meta.env's keys (BASE_URL, MODE, ...) into process.env; a build
  // that inherits BASE_URL=/ renders server-side links without the base path.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key)));
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env: { ...env, BASE_PATH: BASE, OUT_DIR: outDir } });
  site = await openSite({ root: outDir, base: BASE });
  page = await (await site.browser.newContext()).newPage();
});
afterAll(async () => {
  await site?.close();
  rmSync(join(outDir, '..'), { recursive: true, force: true });
  rmSync(`${outDir}-astro-cache`, { recursive: true, force: true });
});

describe('search under a sub-path', () => {
  it('should find results whose links keep the base path', async () => {
    const { results } = await search(page, site.url, 'bullied');
    expect(results[0]?.title).toBe('Paragraph 35');
    for (const result of results) expect(result.href).toMatch(new RegExp(`^${BASE}(read|recommendations)/`));
    const response = await page.goto(new URL(results[0]!.href, site.url()).href);
    expect(response?.status()).toBe(200);
  });

  it('should mark the matched words after following a result', async () => {
    await search(page, site.url, '"named GP"');
    await page.locator('.search-result a', { hasText: 'sg-3m-4' }).click();
    await page.waitForURL(new RegExp(`${BASE}recommendations/sg-3m-4/`));
    await page.waitForSelector('main mark');
    expect(await page.locator('main mark').allTextContents()).toEqual(expect.arrayContaining(['named', 'GP']));
  });

  it('should lead the header box to the sub-path search page', async () => {
    await page.goto(site.url());
    await page.locator('#site-search').fill('gang');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(new RegExp(`${BASE}search/\\?q=gang`));
  });
});
