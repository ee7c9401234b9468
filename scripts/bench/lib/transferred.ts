/**
 * What a page costs a reader on the wire: every response it loads in Chromium with an empty
 * cache, until the network is idle. Shared by the page-weight and pack-page benchmarks so both
 * count bytes the same way.
 *
 * Note: "transferred" is each response body gzipped (level 6, what static hosts and CDNs
 * commonly send), or as stored where gzip would not make it smaller (images, Pagefind's
 * already-compressed index files); headers are not counted. The loopback server sends bodies
 * uncompressed, so reading Chromium's encodedDataLength would measure the wrong thing.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export interface Transferred {
  /** Bytes of every response, compressed as above. */
  bytes: number;
  requests: number;
  /** Bytes of the scripts among them. */
  scriptBytes: number;
  /** Each response's path and bytes, largest first, to say where the weight is. */
  responses: { path: string; type: string; bytes: number }[];
}

/** Loads `url` in a fresh context and adds up what it transferred; `ready` waits for the page's own sign that it is done. */
export async function transferred(browser: Browser, url: string, ready?: (page: Page) => Promise<unknown>): Promise<Transferred> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sizes: Promise<{ path: string; type: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      sizes.push(
        (async () => {
          const body = (await (await request.response())?.body().catch(() => undefined)) ?? Buffer.alloc(0);
          return { path: new URL(request.url()).pathname, type: request.resourceType(), bytes: Math.min(body.length, gzipSync(body).length) };
        })(),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    if (ready) await ready(page);
    const responses = (await Promise.all(sizes)).sort((a, b) => b.bytes - a.bytes);
    return {
      bytes: responses.reduce((sum, r) => sum + r.bytes, 0),
      requests: responses.length,
      scriptBytes: responses.filter((r) => r.type === 'script').reduce((sum, r) => sum + r.bytes, 0),
      responses,
    };
  } finally {
    await context.close();
  }
}

/** Bytes as kilobytes with one decimal. */
export const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
