import type { BrowserContext, Page } from 'playwright-core';
import { REPORT_FILE } from '../../../src/lib/report-file.ts';
import type { Report } from '../../../src/model/schema.ts';
import { parseReportFile } from '../../../src/parser/index.ts';
import { describeViolations, runAxeWithin, WCAG_22_AA } from '../../lib/axe.ts';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { BASE_PATH } from '../../lib/built-pages.ts';
import type { PageWatch } from '../../lib/page-watch.ts';

const it = browserTest({ ownClipboard: true, axe: true });
// The tests and helpers below use the model, the file's site, its shared context and tab, and the tab's watch.
let model: Report;
let site: SiteUnderTest;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

it.beforeAll(async ({ site: fileSite, context: sharedContext, page: sharedPage, watch: sharedWatch }) => {
  model = await parseReportFile(REPORT_FILE);
  [site, context, page, watch] = [fileSite, sharedContext, sharedPage, sharedWatch];
});

/** A recommendation with a timescale in months, so it has a real due date. */
const sample = () => model.recommendations.find((r) => r.months > 0)!;
const go = (path: string) => page.goto(site.url(path), { waitUntil: 'load' });

describe('a recommendation page', () => {
  it('should show the text as published, the id, the due date counted from publication, and the finding behind it', async () => {
    const rec = sample();
    await go(`recommendations/${rec.id}/`);
    const main = page.locator('main');
    expect(await main.locator('.rec-text').innerText()).toBe(rec.text);
    // Named by its opening words; the id is the label above the heading.
    const heading = (await main.locator('h1').innerText()).replace(/…$/, '');
    expect(rec.text.toLowerCase().startsWith(heading.toLowerCase())).toBe(true);
    expect(await main.locator('.part-name').innerText()).toContain(`Recommendation ${rec.id}`);
    // The dates are read back from the words shown, not made with the page's own formatter:
    // the due date must be the model's, and the publication date as the report prints it.
    const due = await main.locator('.due-date').innerText();
    const [, dueBy, publishedOn] = /^Due by (\d{1,2} \p{L}+ \d{4}) — .+ from publication on (.+)$/u.exec(due) ?? [];
    expect(new Date(`${dueBy} UTC`).toISOString().slice(0, 10)).toBe(rec.dueDate);
    expect(publishedOn).toBe(model.metadata.publishedAsPublished);
    // The finding behind it comes first, as the reviewer quoted it; similar wording is folded away.
    expect(await main.locator('.findings-behind .evidence, p.unstated').count()).toBeGreaterThan(0);
    expect(
      await main
        .locator('details.similar-wording')
        .evaluateAll((d) => d.every((el) => !(el as HTMLDetailsElement).open)),
    ).toBe(true);
  });

  it('should open the first finding behind it on that paragraph in context, holding the quoted sentence', async () => {
    const rec = model.recommendations.find((r) => r.months > 0 && r.id.startsWith('sg-'))!;
    await go(`recommendations/${rec.id}/`);
    const first = page.locator('.findings-behind .evidence').first();
    const quoted = (await first.locator('.finding-sentence').innerText()).trim().replace(/^“|”$/g, '');
    const link = first.getByRole('link', { name: /^Paragraph \d+$/ });
    const number = Number((await link.innerText()).replace(/\D/g, ''));
    await link.click();
    await page.waitForLoadState('load');
    const paragraph = model.paragraphs.find((p) => p.number === number)!;
    expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}read/${paragraph.section}/`);
    expect(new URL(page.url()).hash).toBe(`#p${number}`);
    const target = page.locator(`#p${number}`);
    expect(await target.isVisible()).toBe(true);
    const shownText = (await target.locator('.para-body').innerText()).replace(/\s+/g, ' ');
    expect(shownText).toBe(paragraph.text.replace(/\s+/g, ' '));
    expect(shownText).toContain(quoted.replace(/\s+/g, ' '));
  });

  it('should carry share meta naming the recommendation', async () => {
    const rec = sample();
    await go(`recommendations/${rec.id}/`);
    const content = (selector: string) => page.locator(selector).getAttribute('content');
    expect(await content('meta[property="og:title"]')).toContain(rec.id);
    expect(await content('meta[property="og:title"]')).toContain(model.metadata.authority);
    expect((await content('meta[property="og:description"]'))!.toLowerCase()).toBe(
      rec.text.toLowerCase().replace(/\.?$/, '.'),
    );
    expect(await content('meta[name="twitter:card"]')).toBe('summary');
    expect(new URL((await content('meta[property="og:url"]'))!).pathname).toBe(
      `${BASE_PATH}recommendations/${rec.id}/`,
    );
  });

  it('should copy a citation naming the recommendation and its link', async () => {
    const rec = sample();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    await go(`recommendations/${rec.id}/`);
    await page.getByRole('button', { name: `Share recommendation ${rec.id}` }).click();
    await page.getByRole('button', { name: `Cite recommendation ${rec.id}` }).click();
    await page.getByRole('button', { name: `Copy citation of recommendation ${rec.id}` }).click();
    await expect.poll(() => page.locator('#copy-status').innerText(), { timeout: 10_000 }).toBe('Citation copied');
    const copied = await page.evaluate('navigator.clipboard.readText()');
    const { title, authority, publishedAsPublished } = model.metadata;
    expect(copied).toBe(
      `Ofsted, ${title}: ${authority}, published ${publishedAsPublished}, recommendation ${rec.id}. ${site.url(`recommendations/${rec.id}/`)}`,
    );
  });

  it('should link to the previous and next recommendations', async () => {
    const [first, second] = model.recommendations;
    await go(`recommendations/${first!.id}/`);
    await page
      .getByRole('link', {
        name: new RegExp(
          `^Next: ${second!.id} ${second!.text.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
          'i',
        ),
      })
      .click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}recommendations/${second!.id}/`);
  });
});

describe('the recommendations list', () => {
  it('should narrow to one timescale, say how many it shows, and keep the choice in the URL', async () => {
    const timescale = sample().timescale;
    const expected = model.recommendations.filter((r) => r.timescale === timescale).map((r) => r.id);
    await go('recommendations/');
    await page.getByLabel('Timescale').selectOption(timescale);
    const visible = () => page.locator('.rec-item:visible').evaluateAll((items) => items.map((li) => li.id));
    await expect.poll(visible, { timeout: 10_000 }).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('timescale')).toBe(timescale);
    expect(await page.getByRole('status').innerText()).toBe(
      `Showing ${expected.length} of ${model.recommendations.length} recommendations.`,
    );
    // Axe on the narrowed list and its filter only; the page as loaded is checked with every
    // page in every-page-passes-axe-with-no-console-error-or-request-elsewhere.test.ts.
    expect(describeViolations(await runAxeWithin(page, ['#rec-filter', '.rec-part'], { tags: WCAG_22_AA }))).toEqual(
      [],
    );

    // The filtered view can be shared: opening its URL shows the same narrowed list.
    const shared = page.url();
    await page.goto(shared, { waitUntil: 'load' });
    expect(await page.getByLabel('Timescale').inputValue()).toBe(timescale);
    await expect.poll(visible, { timeout: 10_000 }).toEqual(expected);
  });

  it('should combine part and timescale, and show everything again when both are cleared', async () => {
    const rec = sample();
    await go(`recommendations/?part=${rec.part}&timescale=${rec.timescale}`);
    const visible = () => page.locator('.rec-item:visible').count();
    await expect
      .poll(visible, { timeout: 10_000 })
      .toBe(model.recommendations.filter((r) => r.part === rec.part && r.timescale === rec.timescale).length);
    await page.getByLabel('Part').selectOption('');
    await page.getByLabel('Timescale').selectOption('');
    await expect.poll(visible, { timeout: 10_000 }).toBe(model.recommendations.length);
    expect(new URL(page.url()).search).toBe('');
  });

  it('should show every recommendation, grouped, with JavaScript off', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(site.url('recommendations/?timescale=im'), { waitUntil: 'load' });
    expect(await plain.locator('.rec-item:visible').count()).toBe(model.recommendations.length);
    expect(await plain.locator('#rec-filter').isVisible()).toBe(false);
    for (const part of model.parts.filter((p) => model.recommendations.some((r) => r.part === p.id))) {
      expect(await plain.locator(`a[href="#${part.id}"]`).count(), part.id).toBe(1);
    }
    await noScript.close();
  });
});

// Axe (WCAG 2.2 AA, light and dark) and the console on /recommendations/, /glossary/, /data/
// and every recommendation page as loaded are checked with every page of the sitemap in
// every-page-passes-axe-with-no-console-error-or-request-elsewhere.test.ts; what this file adds is
// the console through the interactions above.
describe('on the way', () => {
  it('should log no error through the pages and interactions above', () => {
    expect(watch.consoleErrors).toEqual([]);
  });
});
