import type { BrowserContext, BrowserContextOptions } from 'playwright-core';
import { test as base } from 'vitest';
import { installAxe } from './axe.ts';
import { openSite, openTabsWithAndWithoutScripts, type SiteUnderTest } from './browser.ts';
import { watchPage } from './page-watch.ts';
import type { SiteName } from './site.ts';

export { describe, expect } from 'vitest';

/** What a browser test file asks of its fixtures; each has a default. */
export interface BrowserTestSettings {
  /** Which of the run's sites `site` is (tests/lib/site.ts); 'root' by default. */
  siteName?: SiteName;
  /** A Chromium of the file's own, for a file that reads the clipboard (see openSite); false by default. */
  ownClipboard?: boolean;
  /** The options of the shared `context` (and the viewport of `tabs`); none by default. */
  contextOptions?: BrowserContextOptions;
  /** Whether axe-core is put into every page of the shared `context` (installAxe); false by default. */
  axe?: boolean;
}

/** The viewport `tabs` opens at when contextOptions gives none: Playwright's own default for a context. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * The test API of a browser test file, with fixtures a test asks for by naming them:
 *
 * - `site`: the run's Chromium on the site named by `siteName` (file-scoped), closed after the
 *   file; closing it fails the file when a context any test opened on it is still open;
 * - `context`, `page`: one context with `contextOptions` (axe installed with `axe: true`) and a
 *   tab in it, shared by the file's tests and closed after them;
 * - `watch`: that tab watched for console errors, requests elsewhere and CSP violations;
 * - `tabs`: a tab with scripts and one without (openTabsWithAndWithoutScripts), closed after the file;
 * - `siteNamed(name)`: another of the run's sites, opened once per file and closed after it;
 * - `newContext(options)`: a context of the test's own, closed when the test ends, passed or failed.
 *
 * Why a factory rather than `test.override`: file-scoped fixtures may only be overridden at the
 * top of a file, and there Vitest 5 replaces the fixtures of the imported `test` object itself;
 * with `isolate: false` (vitest.config.ts) the next file in the same worker would inherit the
 * override. Each call here makes a fixture set of its own, so a file's settings stay its own.
 */
export function browserTest(settings: BrowserTestSettings = {}) {
  return (
    base
      .extend('siteName', { scope: 'file' }, settings.siteName ?? ('root' as SiteName))
      .extend('ownClipboard', { scope: 'file' }, settings.ownClipboard ?? false)
      .extend('contextOptions', { scope: 'file' }, settings.contextOptions ?? ({} as BrowserContextOptions))
      .extend('axe', { scope: 'file' }, settings.axe ?? false)
      .extend('site', { scope: 'file' }, async ({ siteName, ownClipboard }, { onCleanup }) => {
        const site = await openSite(siteName, { ownClipboard });
        onCleanup(() => site.close());
        return site;
      })
      .extend('context', { scope: 'file' }, async ({ site, contextOptions, axe }, { onCleanup }) => {
        const context = await site.browser.newContext(contextOptions);
        onCleanup(() => context.close());
        if (axe) await installAxe(context);
        return context;
      })
      .extend('page', { scope: 'file' }, async ({ context }) => context.newPage())
      .extend('watch', { scope: 'file' }, async ({ page, site }) => watchPage(page, new URL(site.url()).origin))
      .extend('tabs', { scope: 'file' }, async ({ site, contextOptions }, { onCleanup }) => {
        const tabs = await openTabsWithAndWithoutScripts(site, contextOptions.viewport ?? DEFAULT_VIEWPORT);
        onCleanup(() => tabs.close());
        return tabs;
      })
      // Vitest reads a fixture's dependencies from the destructured first argument; this one has none.
      // eslint-disable-next-line no-empty-pattern
      .extend('siteNamed', { scope: 'file' }, async ({}, { onCleanup }) => {
        const opened = new Map<SiteName, Promise<SiteUnderTest>>();
        onCleanup(async () => {
          // Each closed even when another fails its check, so one leak does not hide or cause another.
          const closed = await Promise.allSettled([...opened.values()].map(async (site) => (await site).close()));
          const failed = closed.find((result) => result.status === 'rejected');
          if (failed) throw failed.reason;
        });
        return (name: SiteName) => {
          if (!opened.has(name)) opened.set(name, openSite(name));
          return opened.get(name)!;
        };
      })
      .extend('newContext', async ({ site }, { onCleanup }) => {
        const contexts: BrowserContext[] = [];
        onCleanup(async () => {
          for (const context of contexts) await context.close();
        });
        return async (options: BrowserContextOptions = {}) => {
          const context = await site.browser.newContext(options);
          contexts.push(context);
          return context;
        };
      })
  );
}

/** The browser test API with every setting at its default: the root site, the run's Chromium. */
export const test = browserTest();
