import { describe, expect, it } from 'vitest';
import {
  cacheName,
  fileHash,
  isCacheOf,
  isImmutable,
  planCopy,
  savedKey,
  type SavedRecord,
} from '../../../src/offline/saved-copy.ts';
import { isSaved } from '../../../src/offline/saved-files.ts';

const SCOPE = 'https://example.org/explorer/';
const entry = { languages: { en: { wasm: 'en' } } };

describe('isSaved', () => {
  it('should save pages, permalinks, the 404 page, assets, icons, downloads and the search', () => {
    for (const file of [
      'index.html',
      'read/intro/index.html',
      'p/41/index.html',
      '404.html',
      '_astro/style.abc.css',
      'icons/192.png',
      'manifest.webmanifest',
      'favicon.svg',
      'data/paragraphs.csv',
      'pack/items.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/index/en_1.pf_index',
      'pagefind/fragment/en_2.pf_fragment',
      'pagefind/wasm.en.pagefind',
    ]) {
      expect(isSaved(file, entry), file).toBe(true);
    }
  });

  it('should leave out what only hosts, crawlers and the offline machinery read', () => {
    for (const file of ['_headers', 'sitemap.xml', 'robots.txt', 'offline-files.json', 'sw.js'])
      expect(isSaved(file, entry), file).toBe(false);
  });

  it('should leave out the part of Pagefind no reader loads: the engines of other languages', () => {
    expect(isSaved('pagefind/wasm.unknown.pagefind', entry)).toBe(false);
    expect(isSaved('pagefind/wasm.unknown.pagefind', { languages: { en: { wasm: 'en' }, xx: { wasm: null } } })).toBe(
      true,
    );
  });
});

describe('savedKey', () => {
  it('should answer a page by its address without query or fragment', () => {
    expect(savedKey(`${SCOPE}search/?q=care#results`, SCOPE)).toBe(`${SCOPE}search/`);
    expect(savedKey(`${SCOPE}pagefind/pagefind-entry.json?ts=1712`, SCOPE)).toBe(
      `${SCOPE}pagefind/pagefind-entry.json`,
    );
    expect(savedKey(SCOPE, SCOPE)).toBe(SCOPE);
  });

  it('should leave alone what is outside the site', () => {
    expect(savedKey('https://example.org/other/', SCOPE)).toBeNull();
    expect(savedKey('https://elsewhere.example/explorer/', SCOPE)).toBeNull();
    expect(savedKey('https://example.org/explorer', SCOPE)).toBeNull();
  });
});

describe('isImmutable', () => {
  it('should serve from the copy only files whose names change with their content', () => {
    for (const path of [
      '_astro/style.DVDvFCeC.css',
      'pagefind/index/en_4bc597e.pf_index',
      'pagefind/fragment/en_1a2b.pf_fragment',
      'pagefind/filter/en_3837509.pf_filter',
      'pagefind/pagefind.en_375c3d4529.pf_meta',
    ]) {
      expect(isImmutable(path), path).toBe(true);
    }
    for (const path of [
      '',
      'read/intro/',
      'p/41/',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
      'favicon.svg',
      'data/report.json',
    ]) {
      expect(isImmutable(path), path).toBe(false);
    }
  });
});

describe('cacheName and isCacheOf', () => {
  it('should keep the copies of two sites on one origin apart', () => {
    const root = cacheName('https://example.org/', 'aaaa');
    const sub = cacheName(SCOPE, 'bbbb');
    expect(isCacheOf(sub, SCOPE)).toBe(true);
    expect(isCacheOf(root, SCOPE)).toBe(false);
    expect(isCacheOf(sub, 'https://example.org/')).toBe(false);
    expect(isCacheOf('some-other-cache', SCOPE)).toBe(false);
  });
});

describe('planCopy', () => {
  const list = {
    version: '0000000000000002',
    files: [
      { path: 'a', hash: '1111111111111111', bytes: 1 },
      { path: 'b', hash: '2222222222222222', bytes: 2 },
      { path: 'c', hash: '3333333333333333', bytes: 3 },
    ],
  };
  it('should fetch every file for a first save', () => {
    expect(planCopy(list, undefined)).toEqual({ copy: [], fetch: list.files });
  });

  it('should copy files an earlier copy holds unchanged and fetch the changed and the new', () => {
    const earlier: SavedRecord = {
      version: '0000000000000001',
      bytes: 3,
      files: { a: '1111111111111111', b: 'ffffffffffffffff', gone: '4444444444444444' },
      updatedFrom: null,
      announced: false,
    };
    const plan = planCopy(list, earlier);
    expect(plan.copy.map((f) => f.path)).toEqual(['a']);
    expect(plan.fetch.map((f) => f.path)).toEqual(['b', 'c']);
  });
});

describe('fileHash', () => {
  it('should give the first 16 hex digits of the SHA-256', async () => {
    // The test vector of FIPS 180-2 for "abc".
    expect(await fileHash(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea');
  });
});
