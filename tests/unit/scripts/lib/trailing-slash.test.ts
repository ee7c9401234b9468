/**
 * `npm start`'s server sends a folder's address without its trailing slash to the folder, as
 * static hosts do, and leaves every other address alone (scripts/lib/trailing-slash.ts).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashRedirect } from '../../../../scripts/lib/trailing-slash.ts';

let site: string;
beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'slash-'));
  for (const folder of ['', 'read', 'read/part/section name']) {
    await mkdir(join(site, folder), { recursive: true });
    await writeFile(join(site, folder, 'index.html'), '<!doctype html>');
  }
  await writeFile(join(site, 'data.csv'), 'a,b');
});
afterAll(() => rm(site, { recursive: true, force: true }));

describe('slashRedirect', () => {
  it('should send a folder of the site to its address with the slash, keeping the query', () => {
    expect(slashRedirect('/read', site, '/')).toBe('/read/');
    expect(slashRedirect('/read?highlight=gangs', site, '/')).toBe('/read/?highlight=gangs');
    expect(slashRedirect('/read/part/section%20name', site, '/')).toBe('/read/part/section%20name/');
  });

  it('should do the same under a base path, the base itself included', () => {
    expect(slashRedirect('/explorer/read', site, '/explorer/')).toBe('/explorer/read/');
    expect(slashRedirect('/explorer', site, '/explorer/')).toBe('/explorer/');
  });

  it('should leave alone a folder with its slash, a file, an address the build never wrote and one outside the base', () => {
    expect(slashRedirect('/read/', site, '/')).toBeUndefined();
    expect(slashRedirect('/data.csv', site, '/')).toBeUndefined();
    expect(slashRedirect('/nowhere', site, '/')).toBeUndefined();
    expect(slashRedirect('/read', site, '/explorer/')).toBeUndefined();
  });
});
