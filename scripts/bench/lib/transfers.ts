/**
 * The bytes a page fetches, each response body counted as a static host or CDN sends it:
 * gzipped (level 6), or as stored where gzip would not make it smaller (images, Pagefind's
 * already-compressed index files). Headers are not counted.
 *
 * The loopback server sends bodies uncompressed, so Chromium's encodedDataLength would
 * measure the wrong thing.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Transfer {
  url: string;
  type: string;
  bytes: number;
}

export interface Transfers {
  /** Forget what was fetched so far: count from now on. */
  reset: () => void;
  /** Everything fetched since the page opened or the last reset, once each body is read. */
  settled: () => Promise<Transfer[]>;
}

export function watchTransfers(page: Page): Transfers {
  let sizes: Promise<Transfer>[] = [];
  page.on('requestfinished', (request) => {
    sizes.push(
      (async () => {
        const body = (await (await request.response())?.body().catch(() => undefined)) ?? Buffer.alloc(0);
        return {
          url: request.url(),
          type: request.resourceType(),
          bytes: Math.min(body.length, gzipSync(body).length),
        };
      })(),
    );
  });
  return {
    reset: () => {
      sizes = [];
    },
    settled: () => Promise.all(sizes),
  };
}

/** Kilobytes to one decimal place. */
export const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** The total of some transfers, in kilobytes. */
export const totalKb = (transfers: Transfer[]) => kb(transfers.reduce((sum, t) => sum + t.bytes, 0));
