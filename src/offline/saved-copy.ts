/**
 * The rules the service worker (src/offline/service-worker.ts) and the page's "Save for offline
 * reading" control (src/scripts/offline-save.ts) share: where a saved copy is kept, what they
 * say to each other, which saved file answers a request, and what an update must fetch.
 * Pure functions, so unit tests check them without a browser.
 */
import type { OfflineFile, OfflineList } from '../model/schema.ts';

/** The build's list of saved files, beside the pages (written by src/integrations/offline-copy.ts). */
export const LIST_FILE = 'offline-files.json';
/** The service worker, at the base path so that its scope is the whole site. */
export const WORKER_FILE = 'sw.js';

/**
 * The Cache Storage name of the copy of the site at `scope` saved from one build.
 * The scope is part of the name because two sites may share an origin (`/` and `/explorer/`).
 */
export const cacheName = (scope: string, version: string): string => `offline-copy ${scope} ${version}`;

/** Whether a Cache Storage name is a saved copy of the site at `scope` (of any build). */
export const isCacheOf = (name: string, scope: string): boolean => name.startsWith(`offline-copy ${scope} `);

/** The BroadcastChannel on which the worker reports progress to every page of the site at `scope`. */
export const channelName = (scope: string): string => `offline-copy ${scope}`;

/** Why a save failed, as the page words it (src/scripts/offline/status-text.ts). */
export type FailReason = 'network' | 'changed' | 'storage';

/** What the worker tells the pages while it saves or updates a copy. */
export type OfflineMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'saved'; updated: boolean }
  | { type: 'failed'; reason: FailReason };

/** What a saved copy records about itself, kept in its cache under the list's URL. */
export interface SavedRecord {
  version: string;
  /** Bytes of every saved file, uncompressed: what the copy takes on the device. */
  bytes: number;
  /** Each saved file's hash, by path. */
  files: Record<string, string>;
  /** The version this copy replaced, where it was an update; null for a first save. */
  updatedFrom: string | null;
  /** Whether a page has told the reader about the update yet (they are told once). */
  announced: boolean;
}

/**
 * The key a request is answered from in the saved copy: its address without query or fragment
 * (`/search/?q=care` is the search page, `pagefind-entry.json?ts=…` the entry), or null for a
 * request outside the site (another origin, or above the scope).
 */
export function savedKey(requestUrl: string, scope: string): string | null {
  const address = new URL(requestUrl);
  address.search = '';
  address.hash = '';
  return address.href.startsWith(scope) ? address.href : null;
}

/**
 * Whether a saved file may be served without asking the network: its name changes whenever its
 * content does (Astro's hashed `_astro/` files; Pagefind's index, fragment, filter and meta
 * chunks), so the saved copy of it can never be stale. Every other request asks the network
 * first, so a reader online never gets an old page.
 */
export function isImmutable(path: string): boolean {
  return path.startsWith('_astro/') || /^pagefind\/.*\.pf_(meta|index|fragment|filter)$/.test(path);
}

/**
 * A file's hash as the list gives it: the first 16 hex digits of its SHA-256.
 * Web Crypto, which Node and the service worker both have, so the build and the worker
 * hash by one function and a saved file can be checked against the list it was saved from.
 */
export async function fileHash(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Splits a build's files into those an earlier copy already holds unchanged (copied) and the rest (fetched). */
export function planCopy(
  list: OfflineList,
  saved: SavedRecord | undefined,
): { copy: OfflineFile[]; fetch: OfflineFile[] } {
  const copy: OfflineFile[] = [];
  const fetch: OfflineFile[] = [];
  for (const file of list.files) (saved?.files[file.path] === file.hash ? copy : fetch).push(file);
  return { copy, fetch };
}
