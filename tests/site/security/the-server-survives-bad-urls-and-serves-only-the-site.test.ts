/**
 * The server `npm start` runs (scripts/serve.ts, served for this run by tests/setup/sites.ts):
 * requests a browser would never send get a 4xx, the server keeps answering, and nothing
 * outside the built site is ever returned.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR, siteUrl } from '../../lib/site.ts';

/** Sends `path` exactly as written (no normalising, no re-encoding) and reads the answer. */
function get(path: string): Promise<{ status: number; body: string; location?: string; type?: string }> {
  const { hostname, port } = new URL(siteUrl());
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, body, location: res.headers.location, type: res.headers['content-type'] }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

// A folder beside the site whose name starts with the site folder's name ("dist-…"), the
// case a prefix check on paths lets through.
const SIBLING = `${basename(SITE_DIR)}-probe-outside`;
const SECRET = 'not part of the site: this must never be served';

beforeAll(async () => {
  await mkdir(join(dirname(SITE_DIR), SIBLING), { recursive: true });
  await writeFile(join(dirname(SITE_DIR), SIBLING, 'secret.txt'), SECRET);
});
afterAll(() => rm(join(dirname(SITE_DIR), SIBLING), { recursive: true, force: true }));

describe('the server npm start runs', () => {
  it('should send a folder typed without its trailing slash to the folder, as static hosts do', async () => {
    expect(await get('/read')).toMatchObject({ status: 301, location: '/read/' });
    expect(await get('/glossary?x=1')).toMatchObject({ status: 301, location: '/glossary/?x=1' });
    expect((await get('/read/')).status).toBe(200);
    expect((await get('/no-such-page')).status).toBe(404);
  });

  it('should send each download with the media type a browser and an office suite expect', async () => {
    const expected: [string, RegExp][] = [
      ['/recommendations/action-plan.xlsx', /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/],
      [
        '/recommendations/action-plan.docx',
        /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/,
      ],
      ['/recommendations/due-dates.ics', /^text\/calendar/],
      ['/data/recommendations.csv', /^text\/csv/],
    ];
    for (const [path, type] of expected) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.type, path).toMatch(type);
    }
    expect((await get('/')).type).toMatch(/^text\/html/);
  });

  it('should answer malformed paths with a 4xx and keep serving', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/read/%E0%A4%A/', '/%zz']) {
      const { status } = await get(path);
      expect(status, path).toBeGreaterThanOrEqual(400);
      expect(status, path).toBeLessThan(500);
    }
    expect((await get('/')).status).toBe(200);
  });

  it('should answer a 9,000-character path with a 4xx and keep serving', async () => {
    const { status } = await get(`/${'a'.repeat(9000)}`);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect((await get('/read/')).status).toBe(200);
  });

  it('should never return a file from outside the built site, however the path is encoded', async () => {
    const escapes = [
      `/..%2F${SIBLING}/secret.txt`,
      `/%2e%2e/${SIBLING}/secret.txt`,
      `/%2E%2E%2F${SIBLING}%2Fsecret.txt`,
      `/..%5C${SIBLING}%5Csecret.txt`,
      `/../${SIBLING}/secret.txt`,
      `/read/..%2F..%2F${SIBLING}/secret.txt`,
      '/..%2Fpackage.json',
      '/%2e%2e/package.json',
    ];
    for (const path of escapes) {
      const { status, body } = await get(path);
      expect(body, path).not.toContain(SECRET);
      expect(body, path).not.toContain('"devDependencies"');
      expect(status, path).toBeGreaterThanOrEqual(400);
      expect(status, path).toBeLessThan(500);
    }
    expect((await get('/')).status).toBe(200);
  });

  it("should answer a page that does not exist with the site's own 404 page", async () => {
    const { status, body } = await get('/no-such-page/');
    expect(status).toBe(404);
    expect(body).toMatch(/<h1[^>]*>[^<]*not found/i);
  });
});
