/**
 * "Save for offline reading", as a reader on a train uses it: nothing is kept until they ask;
 * one press saves the site, saying how far it got and what the copy takes; with the network gone
 * every saved page opens (each kind in the browser, and every file of the list through the
 * worker) and search answers; Remove deletes the copy and the worker. At the root (saved from
 * the home page) and under /explorer/ (saved from the footer of a reading page).
 *
 * Each site gets a server of its own, so "the network gone" is real: the server is stopped
 * (and the browser set offline), not a request blocked in the test.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser } from '../../lib/browser.ts';
import { serveSite, type RunningSite } from '../../../scripts/lib/site-process.ts';
import { escapeRegExp } from '../../../src/lib/escape-regexp.ts';
import { formatSize } from '../../../src/scripts/offline/status-text.ts';
import { builtModel } from '../../lib/reading-pages.ts';
import {
  cacheNames,
  cachedUrls,
  recordStatuses,
  registeredScopes,
  saveForOffline,
  savedList,
  statusesSeen,
} from '../../lib/offline.ts';
import { search } from '../../lib/search.ts';
import { SITES, type SiteName } from '../../lib/site.ts';

const report = await builtModel();
const paragraph = report.paragraphs[40]!;
const section = report.outline.find((s) => s.judgement && s.paragraphs.length > 0)!;
const recommendation = report.recommendations[0]!;
const theme = report.themes.find((t) => report.judgements.some((j) => j.theme === t.id))!;
/** A page of each kind, and the heading it shows. */
const kinds: [string, string, RegExp][] = [
  ['home', '', new RegExp(report.metadata.title)],
  ['contents', 'read/', /^Contents$/],
  ['reading', `read/${section.slug}/`, new RegExp(`^${section.title}$`)],
  ['whole report', 'whole-report/', new RegExp(report.metadata.title)],
  ['themes', 'themes/', /\S/],
  ['theme', `themes/${theme.id}/`, /\S/],
  // A recommendation's heading is its opening words (capitalised).
  [
    'recommendation',
    `recommendations/${recommendation.id}/`,
    new RegExp(`^${escapeRegExp(recommendation.text.split(' ').slice(0, 3).join(' '))}`, 'i'),
  ],
  ['glossary', 'glossary/', /\S/],
  ['data', 'data/', /\S/],
];
// A word of the report's own text that is sure to be indexed.
const word = report.paragraphs[0]!.text.split(/\W+/)
  .find((w) => w.length > 7)!
  .toLowerCase();

describe.for([
  ['root', 'the home page'],
  ['subpath', 'the footer of a reading page'],
] as [SiteName, string][])('a copy of the site (%s) saved from %s', ([name]) => {
  const site = SITES[name];
  let server: RunningSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const at = (path = '') => server.url + path;

  beforeAll(async () => {
    server = await serveSite(site);
    browser = await connectBrowser();
    context = await browser.newContext();
    await recordStatuses(context);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should keep nothing and register nothing for a reader who never asks', async () => {
    const asked: string[] = [];
    page.on(
      'request',
      (request) => /\/(sw\.js|offline-files\.json)$/.test(new URL(request.url()).pathname) && asked.push(request.url()),
    );
    for (const path of ['', `read/${section.slug}/`, 'whole-report/'])
      await page.goto(at(path), { waitUntil: 'networkidle' });
    await search(page, at, word);
    expect({ caches: await cacheNames(page), workers: await registeredScopes(page), asked }).toEqual({
      caches: [],
      workers: [],
      asked: [],
    });
  });

  it('should save every file of the list, saying how far it got and then what the copy takes', async () => {
    // The control is shown only once its script listens for the press, which the click waits for.
    await page.goto(at(name === 'root' ? '' : `read/${section.slug}/`));
    const control =
      name === 'root' ? page.locator('main [data-offline-save]') : page.locator('footer [data-offline-save]');
    const list = savedList(site.outDir);
    const status = await saveForOffline(control);
    expect(status).toBe(
      `Saved for offline reading, ${formatSize(list.files.reduce((sum, f) => sum + f.bytes, 0))} on this device.`,
    );
    const seen = await statusesSeen(page);
    expect(
      seen.some((s) => /^Saving… ([0-9]|[1-9][0-9])%$/.test(s)),
      seen.join(' | '),
    ).toBe(true);
    expect(await control.getByRole('button', { name: /^Remove/ }).isVisible()).toBe(true);
    const cached = new Set((await cachedUrls(page)).map((u) => u.slice(server.url.length)));
    expect(list.files.filter((f) => !cached.has(f.path)).map((f) => f.path)).toEqual([]);
    expect(await registeredScopes(page)).toEqual([server.url]);
  });

  it('should open a page of every kind with its styles, and a permalink should land on its paragraph, with the network gone', async () => {
    await server.close();
    await context.setOffline(true);
    for (const [kind, path, heading] of kinds) {
      const response = await page.goto(at(path));
      expect(response?.status(), kind).toBe(200);
      expect(await page.locator('h1').innerText(), kind).toMatch(heading);
      // The stylesheet came too: the site's grid and colours are in force.
      expect(
        await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle),
        kind,
      ).toBe('solid');
    }
    await page.goto(at(`p/${paragraph.number}/`));
    await page.waitForURL(`**/read/${paragraph.section}/#${paragraph.id}`);
    expect(await page.locator(':target').getAttribute('id')).toBe(paragraph.id);
  });

  it('should answer every file of the list from the copy, and a search, with the network gone', async () => {
    const list = savedList(site.outDir);
    // Eight requests at a time, as a browser loading pages makes them; one after another,
    // the six hundred files took several seconds.
    const failed = await page.evaluate(
      async (paths) => {
        const bad: string[] = [];
        const waiting = [...paths];
        const lane = async () => {
          for (let path = waiting.shift(); path !== undefined; path = waiting.shift()) {
            const response = await fetch(path).catch(() => undefined);
            if (!response?.ok) bad.push(`${path} ${response?.status ?? 'failed'}`);
          }
        };
        await Promise.all(Array.from({ length: 8 }, lane));
        return bad.sort();
      },
      list.files.map((f) => at(f.path)),
    );
    expect(failed).toEqual([]);
    const { results } = await search(page, at, word);
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.marks.join(' ').toLowerCase()).toContain(word.slice(0, 5));
  });

  it('should say the copy is kept on any page, and Remove should delete it and its worker', async () => {
    await page.goto(at('glossary/'));
    const control = page.locator('footer [data-offline-save]');
    await control
      .locator('[data-offline-status]')
      .filter({ hasText: /^Saved for offline reading/ })
      .waitFor();
    await control.getByRole('button', { name: /^Remove/ }).click();
    await control
      .locator('[data-offline-status]')
      .filter({ hasText: /^Removed/ })
      .waitFor();
    expect(await control.getByRole('button', { name: 'Save for offline reading' }).isVisible()).toBe(true);
    expect({ caches: await cacheNames(page), workers: await registeredScopes(page) }).toEqual({
      caches: [],
      workers: [],
    });
    // A new tab has no worker and no copy behind it, so with the network gone it cannot open.
    const tab = await context.newPage();
    await expect(tab.goto(at('glossary/'))).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/);
    await tab.close();
  });
});

describe('a save cut short by the network', () => {
  let server: RunningSite;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveSite(SITES.root);
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should say why in plain words and keep nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    const control = page.locator('main [data-offline-save]');
    await control.getByRole('button', { name: 'Save for offline reading' }).click();
    // The worker has begun saving (it reports progress), then the server goes away.
    await control
      .locator('[data-offline-status]')
      .filter({ hasText: /^Saving… [1-9]/ })
      .waitFor();
    await server.close();
    await control
      .locator('[data-offline-status]')
      .filter({ hasText: /^Not saved: the connection was lost/ })
      .waitFor({ timeout: 60_000 });
    expect(await control.getByRole('button', { name: 'Save for offline reading' }).isVisible()).toBe(true);
    await expect
      .poll(async () => ({ caches: await cacheNames(page), workers: await registeredScopes(page) }))
      .toEqual({ caches: [], workers: [] });
    await context.close();
  });
});
