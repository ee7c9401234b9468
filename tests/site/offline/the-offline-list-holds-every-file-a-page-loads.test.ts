/**
 * The build's list for offline reading (offline-files.json) and its service worker (sw.js):
 * every page (permalinks and the 404 page too) and every file a page links or loads is listed,
 * each with the hash and size of the file as built; nothing for hosts or crawlers is; and the
 * worker, at the base path, carries the list's version, so each build is a new worker.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementsOf, htmlFiles } from '../../lib/built-pages.ts';
import { savedList } from '../../lib/offline.ts';
import { SITES, SUBPATH, type SiteName } from '../../lib/site.ts';

describe.for(['root', 'subpath'] as SiteName[])('offline-files.json (%s)', (name) => {
  const dir = SITES[name].outDir;
  const base = name === 'subpath' ? SUBPATH : '/';

  it('should give each file the hash and size it was built with', async () => {
    const problems: string[] = [];
    for (const file of savedList(dir).files) {
      const bytes = await readFile(
        join(dir, file.path.endsWith('/') || file.path === '' ? `${file.path}index.html` : file.path),
      );
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
      if (hash !== file.hash || bytes.length !== file.bytes) problems.push(file.path);
    }
    expect(problems).toEqual([]);
  });

  it('should list every page, and every file a page links or loads from the site', async () => {
    const listed = new Set(savedList(dir).files.map((f) => f.path));
    const missing = new Set<string>();
    for (const file of await htmlFiles(dir)) {
      const path = file.replace(/(^|\/)index\.html$/, '$1');
      if (!listed.has(path)) missing.add(path);
      const html = await readFile(join(dir, file), 'utf8');
      for (const element of elementsOf(html)) {
        const ref =
          element.attributes.src ??
          (element.name === 'link' || element.name === 'a' ? element.attributes.href : undefined);
        if (!ref || ref.startsWith('#')) continue;
        const target = new URL(ref, `https://host${base}${path}`);
        if (target.host !== 'host' || !target.pathname.startsWith(base)) continue;
        const linked = target.pathname.slice(base.length);
        if (!listed.has(linked)) missing.add(`${linked} (from ${path || 'home'})`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('should list nothing only hosts and crawlers read', () => {
    const listed = savedList(dir).files.map((f) => f.path);
    for (const file of ['_headers', 'sitemap.xml', 'robots.txt', 'sw.js', 'offline-files.json'])
      expect(listed).not.toContain(file);
  });

  it('should have a service worker at the base path that carries the list’s version', async () => {
    const worker = await readFile(join(dir, 'sw.js'), 'utf8');
    expect(worker).toContain(savedList(dir).version);
    expect(worker).not.toMatch(/localhost|127\.0\.0\.1/);
  });
});
