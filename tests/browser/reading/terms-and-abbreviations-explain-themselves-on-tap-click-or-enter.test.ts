import type { Page } from 'playwright-core';
import { loadTermsOfArt } from '../../../src/derive/terms-of-art.ts';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
const terms = await loadTermsOfArt(report);
const it = browserTest({ contextOptions: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } });
// The tests and helpers below use the file's site and its phone tab.
let site: SiteUnderTest;
let page: Page;
it.beforeAll(({ site: fileSite, page: phoneTab }) => {
  [site, page] = [fileSite, phoneTab];
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The toggletip for a term, named by the words as the page writes them (any form, any case, a plural). */
const tipFor = (p: Page, forms: string[]) =>
  p.getByRole('button', { name: new RegExp(`^(?:${forms.map(escape).join('|')})s?: what it means$`, 'i') });

/** The first-use link of a term in the glossary, followed: the reading page where the report first uses it. */
async function openFirstUse(p: Page, id: string): Promise<void> {
  await p.goto(site.url('glossary/'));
  await p.locator(`#term-${id} + dd a`).first().click();
  await p.waitForURL(/\/read\//);
}

describe('terms of art', () => {
  it('should be in the glossary apart from the abbreviations, each labelled as the site’s explanation with its source', async () => {
    await page.goto(site.url('glossary/'));
    expect(terms.length).toBeGreaterThanOrEqual(10);
    const siteSection = page.getByRole('region', { name: 'Terms explained by this site' });
    await expect(
      siteSection.getByText('These explanations are this site’s, not the report’s.').isVisible(),
    ).resolves.toBe(true);
    for (const t of terms) {
      const entry = siteSection.locator(`#term-${t.id} + dd`);
      const shown = await entry.innerText();
      expect(shown, t.id).toContain(`This site’s explanation: ${t.explanation}`);
      expect(shown, t.id).toContain(`Source of the explanation: ${t.source}.`);
    }
    // The report's own definitions carry none of the site's labels.
    const abbreviations = page.getByRole('region', { name: 'Abbreviations the report defines' });
    expect(await abbreviations.innerText()).not.toMatch(/site’s explanation|Source of the explanation/);
    expect(await abbreviations.locator('dt').count()).toBe(report.acronyms.length);
  });

  for (const width of [390, 320]) {
    it(`should open on a tap at ${width} px with the site's explanation and its source, inside the screen, and close on Escape`, async () => {
      await page.setViewportSize({ width, height: 844 });
      for (const t of width === 390 ? terms : terms.slice(0, 3)) {
        await openFirstUse(page, t.id);
        const tip = tipFor(page, [t.term, ...t.variants]);
        await expect(tip.count(), `${t.id} is marked once on ${page.url()}`).resolves.toBe(1);
        await tip.tap();
        const bubble = page.locator('.toggletip-bubble');
        await bubble.waitFor();
        const said = await page.getByRole('status').filter({ has: bubble }).innerText();
        expect(said, t.id).toContain(t.explanation);
        expect(said, t.id).toContain(`The site's explanation, not the report's words. Source: ${t.source}.`);
        const box = (await bubble.boundingBox())!;
        expect(box.x, t.id).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, t.id).toBeLessThanOrEqual(width);
        await page.keyboard.press('Escape');
        await expect(bubble.count(), `${t.id} closes on Escape`).resolves.toBe(0);
        // A tap elsewhere closes it too.
        await tip.tap();
        await bubble.waitFor();
        await page.locator('h1').tap();
        await expect(bubble.count(), `${t.id} closes on a tap elsewhere`).resolves.toBe(0);
      }
    });
  }

  it('should open by keyboard: Enter shows it, Tab reaches its glossary link, Escape closes it and returns to the word', async () => {
    const t = terms[0]!;
    await page.setViewportSize({ width: 390, height: 844 });
    await openFirstUse(page, t.id);
    const tip = tipFor(page, [t.term, ...t.variants]);
    await tip.focus();
    await page.keyboard.press('Enter');
    const bubble = page.locator('.toggletip-bubble');
    await bubble.waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => [
      document.activeElement?.textContent,
      (document.activeElement as HTMLAnchorElement | null)?.hash,
    ]);
    expect(focused[1]).toBe(`#term-${t.id}`);
    await page.keyboard.press('Escape');
    await expect(bubble.count()).resolves.toBe(0);
    await expect(tip.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  });

  it('should stay a link to its glossary entry with scripts off', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 700 }, javaScriptEnabled: false });
    const off = await context.newPage();
    const t = terms[0]!;
    await openFirstUse(off, t.id);
    const link = off.locator('a.term', {
      hasText: new RegExp(`^(?:${[t.term, ...t.variants].map(escape).join('|')})s?$`, 'i'),
    });
    await expect(link.count()).resolves.toBe(1);
    await link.click();
    await off.waitForURL(/\/glossary\//);
    expect(new URL(off.url()).hash).toBe(`#term-${t.id}`);
    await expect(off.locator(`#term-${t.id}`).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('abbreviations', () => {
  it('should open the report’s own definition on a tap at 320 px, marked as the report’s', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    const a = report.acronyms.find((x) => x.acronym === x.asDefined)!;
    await page.goto(site.url('glossary/'));
    await page.locator(`dt:has(abbr[title="${a.expansion}"]) + dd a`).first().click();
    await page.waitForURL(/\/read\//);
    const tip = page.getByRole('button', { name: new RegExp(`^${escape(a.acronym)}s?: what it means$`) });
    await expect(tip.count()).resolves.toBe(1);
    await tip.tap();
    const bubble = page.locator('.toggletip-bubble');
    await bubble.waitFor();
    const said = await bubble.innerText();
    expect(said).toContain(a.expansion);
    expect(said).toContain('As the report defines it.');
    expect(said).not.toContain("site's explanation");
  });
});
