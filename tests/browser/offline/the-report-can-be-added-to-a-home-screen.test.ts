/**
 * Installable: Chromium finds nothing stopping the report from being added to a home screen (its
 * own installability check, as the browser's "Install" menu item runs it), the manifest names the
 * report and keeps to the site's base path, and every icon it and the page name is a square PNG
 * of its stated size. At the root and under /explorer/.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../../../scripts/lib/chromium.ts';
import { builtModel } from '../../lib/reading-pages.ts';
import { siteUrl, type SiteName } from '../../lib/site.ts';

const report = await builtModel();

/** The width and height a PNG's header gives. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.for(['root', 'subpath'] as SiteName[])('the web app manifest (%s)', (name) => {
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const home = siteUrl(name);

  beforeAll(async () => {
    // A persistent profile, as Chromium offers no install in an incognito context.
    profile = await mkdtemp(join(tmpdir(), 'install-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: inject('chromiumPath'),
      args: CHROMIUM_FLAGS,
    });
    page = await context.newPage();
    await page.goto(home, { waitUntil: 'networkidle' });
  });
  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('should leave Chromium nothing to object to before adding the report to a home screen', async () => {
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  });

  it('should name the report and open at the site’s own address', async () => {
    const cdp = await context.newCDPSession(page);
    const { errors, data } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data!) as Record<string, string>;
    expect(manifest.name).toBe(`${report.metadata.title}: ${report.metadata.authority}`);
    expect(manifest.short_name).toBe(report.metadata.authority);
    expect(new URL(manifest.start_url!, home).href).toBe(home);
    expect(new URL(manifest.scope!, home).href).toBe(home);
  });

  it('should give icons that are square PNGs of their stated sizes, and one for iOS', async () => {
    const cdp = await context.newCDPSession(page);
    const manifest = JSON.parse((await cdp.send('Page.getAppManifest')).data!) as {
      icons: { src: string; sizes: string; type: string }[];
    };
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    for (const [src, sizes] of [...pngs.map((icon) => [icon.src, icon.sizes]), [apple!, '180x180']]) {
      const response = await context.request.get(new URL(src!, home).href);
      expect(response.headers()['content-type'], src).toBe('image/png');
      const size = pngSize(await response.body());
      expect(size && `${size.width}x${size.height}`, src).toBe(sizes);
    }
  });
});
