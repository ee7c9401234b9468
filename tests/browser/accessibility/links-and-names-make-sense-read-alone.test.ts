import type { Page } from 'playwright-core';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { onePageOfEachKind } from '../../lib/page-kinds.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const kinds = await onePageOfEachKind();
const report = await builtModel();
/** Names taken whole from the report keep its punctuation ("Record of main findings:" is its title as published). */
const asPublished = new Set(report.outline.map((s) => s.title));
/** Roles that are pieces of text or layout, not things a screen reader names. */
const TEXT_ROLES = new Set(['StaticText', 'InlineTextBox', 'LineBreak']);
const it = browserTest({ contextOptions: { viewport: { width: 390, height: 844 }, hasTouch: true } });

interface Named {
  role: string;
  name: string;
}

/** Every node of the page's accessibility tree that has a name, as Chromium computes it for screen readers. */
async function namedNodes(p: Page): Promise<Named[]> {
  const cdp = await p.context().newCDPSession(p);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && n.name?.value)
    .map((n) => ({ role: n.role?.value ?? '', name: n.name!.value }));
}

describe('what a screen reader hears', () => {
  for (const { kind, path } of kinds) {
    it(`should name nothing with a stray comma or leading or trailing punctuation, read no breadcrumb separator, and offer one offline control (${kind} page, 390 px)`, async ({
      site,
      page,
    }) => {
      await page.goto(site.url(path));
      await page.waitForLoadState('load');
      const named = await namedNodes(page);
      expect(named.length, kind).toBeGreaterThan(5);
      const stray = named.filter(
        ({ role, name }) =>
          !TEXT_ROLES.has(role) &&
          !asPublished.has(name) &&
          (/\s[,;:.]/.test(name) || /^[\s,;:.›·]/.test(name) || /[,;:›·]\s*$/.test(name)),
      );
      expect(stray, kind).toEqual([]);
      expect(
        named.filter((n) => n.name.includes('›')),
        kind,
      ).toEqual([]);
      const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
      if ((await breadcrumb.count()) > 0) expect(await breadcrumb.ariaSnapshot(), kind).not.toContain('›');
      // The offline control is hidden until the script finds a service worker can run; either way there is one.
      expect(await page.locator('[data-offline-save]').count(), kind).toBe(1);
      expect(await page.getByRole('button', { name: 'Save for offline reading' }).count(), kind).toBeLessThanOrEqual(1);
    });
  }

  it('should give the home page links whose words say where each goes: the same words never lead to different places, and no link is a bare count', async ({
    site,
    page,
  }) => {
    await page.goto(site.url());
    const linkNames: string[] = [];
    const whereTo = new Map<string, Set<string>>();
    for (const link of await page.getByRole('link').all()) {
      const name = /link "((?:[^"\\]|\\.)*)"/.exec(await link.ariaSnapshot())![1]!.replace(/\\(.)/g, '$1');
      linkNames.push(name);
      whereTo.set(
        name,
        (whereTo.get(name) ?? new Set()).add(await link.evaluate((a) => (a as HTMLAnchorElement).href)),
      );
    }
    expect([...whereTo].filter(([, hrefs]) => hrefs.size > 1).map(([name]) => name)).toEqual([]);
    expect(linkNames.filter((name) => /^\d+( \w+)?$/.test(name))).toEqual([]);
    // The recommendation counts name their part and timescale.
    const counts = linkNames.filter((name) => /^\d+ recommendations? for /.test(name));
    expect(counts.length).toBeGreaterThan(0);
    expect(new Set(counts).size).toBe(counts.length);
  });
});
