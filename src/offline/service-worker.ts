/// <reference lib="webworker" />
/**
 * The service worker of the saved copy, `{base}sw.js`, registered only when a reader presses
 * "Save for offline reading" (src/scripts/offline-save.ts). Bundled into one file by
 * src/integrations/offline-copy.ts, which writes the build's version into it, so a new build
 * is a new worker and the browser installs it on the reader's next visit online.
 *
 * - install: saves every file of the build's list (`offline-files.json`) into a cache of its
 *   own, checking each against the hash the list gives; files an earlier copy holds unchanged
 *   are copied from it, the rest fetched. Progress goes to the pages on a BroadcastChannel.
 * - activate: drops the earlier copy, takes control of open pages, says "saved" (or "updated").
 * - fetch: the network first, so a reader online never gets a stale page; the saved copy when
 *   the network fails. Files whose names carry their content's hash come from the copy at once.
 */
import type { OfflineFile, OfflineList } from '../model/schema.ts';
import {
  cacheName,
  channelName,
  fileHash,
  isCacheOf,
  isImmutable,
  LIST_FILE,
  planCopy,
  savedKey,
  type FailReason,
  type OfflineMessage,
  type SavedRecord,
} from './saved-copy.ts';

declare const self: ServiceWorkerGlobalScope;
/** Written in by the build: the version of the file list this worker saves. */
declare const __OFFLINE_VERSION__: string;

const VERSION = __OFFLINE_VERSION__;
const SCOPE = self.registration.scope;
const CACHE = cacheName(SCOPE, VERSION);
const LIST_URL = new URL(LIST_FILE, SCOPE).href;
/** Requests in flight at once while saving: enough to keep a connection busy, few enough for a phone. */
const PARALLEL = 6;

const channel = new BroadcastChannel(channelName(SCOPE));
const tell = (message: OfflineMessage) => channel.postMessage(message);

class SaveError extends Error {
  constructor(readonly reason: FailReason) {
    super(reason);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    save().then(
      () => self.skipWaiting(),
      async (error: unknown) => {
        await caches.delete(CACHE);
        tell({ type: 'failed', reason: reasonOf(error) });
        throw error;
      },
    ),
  );
});

// A page asks for a fresh save when this worker is registered but its copy is gone (the
// reader cleared part of the site's data): registering the same script again would not install.
self.addEventListener('message', (event) => {
  if (event.data !== 'save') return;
  event.waitUntil(
    save().then(
      () => tell({ type: 'saved', updated: false }),
      async (error: unknown) => {
        await caches.delete(CACHE);
        tell({ type: 'failed', reason: reasonOf(error) });
      },
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (isCacheOf(name, SCOPE) && name !== CACHE) await caches.delete(name);
      // Navigation preload starts a page's request while the worker wakes, so asking the
      // network first costs a reader online no extra wait.
      await self.registration.navigationPreload?.enable();
      await self.clients.claim();
      const record = await readRecord(CACHE);
      tell({ type: 'saved', updated: record?.updatedFrom != null });
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const key = savedKey(event.request.url, SCOPE);
  if (key === null) return;
  event.respondWith(answer(event, key));
});

async function answer(event: FetchEvent, key: string): Promise<Response> {
  if (isImmutable(key.slice(SCOPE.length))) {
    const saved = await caches.match(key, { cacheName: CACHE });
    if (saved) return saved;
  }
  try {
    const preloaded = (await event.preloadResponse) as Response | undefined;
    return preloaded ?? (await fetch(event.request));
  } catch (error) {
    const saved = await caches.match(key, { cacheName: CACHE });
    if (saved) return saved;
    // Every page of the build is saved, so a page the copy lacks is not a page of the site.
    const notFound =
      event.request.mode === 'navigate'
        ? await caches.match(new URL('404.html', SCOPE).href, { cacheName: CACHE })
        : undefined;
    if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
    throw error;
  }
}

/** Saves every file of this build's list into CACHE, reusing what an earlier copy holds unchanged. */
async function save(): Promise<void> {
  const list = (await (await fetchOrFail(LIST_URL)).json()) as OfflineList;
  // The site was published again between this worker and its list: the browser will
  // fetch the newer worker on the next visit, and that one saves the newer list.
  if (list.version !== VERSION) throw new SaveError('changed');
  const earlier = await earlierCopy();
  const { copy, fetch } = planCopy(list, earlier?.record);
  const cache = await caches.open(CACHE);
  const total = list.files.reduce((sum, file) => sum + file.bytes, 0);
  let done = 0;
  let told = -1;
  const progress = (file: OfflineFile) => {
    done += file.bytes;
    const percent = Math.floor((done / total) * 100);
    if (percent !== told) tell({ type: 'progress', done, total });
    told = percent;
  };
  for (const file of copy) {
    const url = new URL(file.path, SCOPE).href;
    const response = await caches.match(url, { cacheName: earlier!.name });
    await cache.put(url, response ?? (await fetchChecked(file)));
    progress(file);
  }
  await inParallel(fetch, PARALLEL, async (file) => {
    await cache.put(new URL(file.path, SCOPE).href, await fetchChecked(file));
    progress(file);
  });
  const record: SavedRecord = {
    version: VERSION,
    bytes: total,
    files: Object.fromEntries(list.files.map((file) => [file.path, file.hash])),
    updatedFrom: earlier?.record.version ?? null,
    announced: false,
  };
  await cache.put(LIST_URL, new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
}

/** A file of the list from the network, its bytes checked against the list's hash. */
async function fetchChecked(file: OfflineFile): Promise<Response> {
  const response = await fetchOrFail(new URL(file.path, SCOPE).href);
  const body = await response.arrayBuffer();
  if ((await fileHash(body)) !== file.hash) throw new SaveError('changed');
  // A fresh response, so one that followed a redirect can still answer a navigation.
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function fetchOrFail(url: string): Promise<Response> {
  let response: Response;
  try {
    // Past the HTTP cache, which may hold a file of an older build.
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    throw new SaveError('network');
  }
  if (!response.ok) throw new SaveError(response.status === 404 ? 'changed' : 'network');
  return response;
}

/** The copy of an earlier build still kept, with its record, if there is one. */
async function earlierCopy(): Promise<{ name: string; record: SavedRecord } | undefined> {
  for (const name of await caches.keys()) {
    if (!isCacheOf(name, SCOPE) || name === CACHE) continue;
    const record = await readRecord(name);
    if (record) return { name, record };
  }
  return undefined;
}

async function readRecord(name: string): Promise<SavedRecord | undefined> {
  const response = await caches.match(LIST_URL, { cacheName: name });
  return response ? ((await response.json()) as SavedRecord) : undefined;
}

function reasonOf(error: unknown): FailReason {
  if (error instanceof SaveError) return error.reason;
  return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'storage' : 'network';
}

/** Runs `work` on every item, at most `limit` at a time; rejects on the first failure. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}
