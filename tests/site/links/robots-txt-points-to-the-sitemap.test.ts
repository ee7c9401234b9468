import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_PATH } from '../../lib/built-pages.ts';
import { SITE_DIR } from '../../lib/site.ts';

describe('robots.txt', () => {
  it('should allow crawling and name the sitemap under the base path', async () => {
    const robots = await readFile(join(SITE_DIR, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(sitemap && new URL(sitemap).pathname).toBe(`${BASE_PATH}sitemap.xml`);
  });
});
