import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { OfflineList } from '../../src/model/schema.ts';

/** The build's list of the files a saved copy holds (offline-files.json), validated. */
export function savedList(dir: string): OfflineList {
  return OfflineList.parse(JSON.parse(readFileSync(join(dir, 'offline-files.json'), 'utf8')));
}

/**
 * Records every text the "Save for offline reading" status shows, in every page the context
 * opens, so a test can see "Saving… 40%" pass by. Read them with `statusesSeen(page)`.
 * A string, not a function: Vitest rewrites functions passed to the browser.
 */
export async function recordStatuses(context: BrowserContext): Promise<void> {
  await context.addInitScript(`
    window.__offlineStatuses = [];
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('[data-offline-status]')) {
        const text = status.textContent;
        if (text && window.__offlineStatuses.at(-1) !== text) window.__offlineStatuses.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  `);
}

export const statusesSeen = (page: Page) => page.evaluate('window.__offlineStatuses') as Promise<string[]>;

/** Presses a control's Save button and waits until its status says the copy is saved. */
export async function saveForOffline(control: Locator): Promise<string> {
  await control.getByRole('button', { name: 'Save for offline reading' }).click();
  const status = control.locator('[data-offline-status]');
  await status.filter({ hasText: /^Saved for offline reading/ }).waitFor({ timeout: 120_000 });
  return (await status.textContent()) ?? '';
}

/** The names of the Cache Storage caches the page's origin holds. */
export const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Every request URL held in the origin's caches. */
export const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });

/** The scopes of the service workers registered for the page's origin. */
export const registeredScopes = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope));
