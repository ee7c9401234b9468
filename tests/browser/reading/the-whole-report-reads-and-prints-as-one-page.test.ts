/**
 * The whole report on one page: every section and paragraph in published order, each paragraph
 * under its `pN` anchor with its number linking to its place on its section's reading page, the
 * judgements with their grades, the recommendations and the record of main findings. It needs no
 * script, passes axe (checked with every other page, in every-page-passes-axe-…), and prints as
 * one document: contents first, each part on a new sheet, no navigation or buttons, the source
 * notice kept. At the site's root and under a sub-path.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { describe, expect, test as it } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';
import type { SiteName } from '../../lib/site.ts';

const report = await builtModel();

/** A heading the text lacks is shown with words saying it is the site's; the report's own headings as published. */
function shownTitle(section: (typeof report.outline)[number]): string {
  return section.titleFrom === 'site' ? `${section.title} (the site’s label)` : section.title;
}

describe.for(['root', 'subpath'] as SiteName[])('the whole-report page (%s)', (name) => {
  let site: SiteUnderTest;
  let context: BrowserContext;
  let page: Page;
  let base: string;

  it.beforeAll(async ({ siteNamed }) => {
    site = await siteNamed(name);
    base = new URL(site.server.url).pathname;
    // Scripts off throughout: the page must hold everything without them.
    context = await site.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(site.url('whole-report/'));
  });
  it.afterAll(async () => {
    await context?.close();
  });

  it('should be linked from the home page and the contents', async () => {
    // In the file's one tab, which is then taken back to the whole report for the tests
    // below. (A second tab in this scripts-off context at times never opened under load, in
    // Chromium's headless shell.) Each step has its own limit, so that a stall says where.
    for (const from of ['', 'read/']) {
      await page.goto(site.url(from), { timeout: 20_000 });
      await page
        .getByRole('link', { name: /whole report on one page/i })
        .first()
        .click({ timeout: 20_000 });
      // 'commit': where the link leads is what this checks; the page itself is checked below.
      await page.waitForURL(`**${base}whole-report/`, { waitUntil: 'commit', timeout: 20_000 });
    }
    await page.goto(site.url('whole-report/'), { timeout: 20_000 });
  });

  it('should hold every paragraph in published order under its pN anchor, with its text and number', async () => {
    const shown = await page.locator('main article.para').evaluateAll((articles) =>
      articles.map((a) => ({
        id: a.id,
        number: a.querySelector('.para-number')!.textContent!.replace(/\D/g, ''),
        text: a.querySelector('.para-body')!.textContent!.replace(/\s+/g, ''),
      })),
    );
    expect(shown.map((p) => p.id)).toEqual(report.paragraphs.map((p) => p.id));
    for (const [i, p] of report.paragraphs.entries()) {
      expect(shown[i]!.number, p.id).toBe(String(p.number));
      expect(shown[i]!.text, p.id).toBe(p.text.replace(/\s+/g, ''));
    }
  });

  it('should give every section its heading in published order, and each judged one its grade as word and number', async () => {
    const sections = await page.locator('main section.whole-section').evaluateAll((els) =>
      els.map((s) => ({
        title: s.querySelector(':scope > :is(h2, h3, h4, h5, h6)')!.textContent!.trim(),
        grade: s.querySelector(':scope > .whole-section-meta .grade')?.textContent!.replace(/\s+/g, '') ?? null,
      })),
    );
    expect(sections.map((s) => s.title)).toEqual(report.outline.map(shownTitle));
    report.outline.forEach((s, i) => {
      expect(sections[i]!.grade, s.slug).toBe(s.judgement ? `${s.judgement.label},grade${s.judgement.grade}` : null);
    });
  });

  it('should hold every recommendation with its id and text, and every row of the record of main findings', async () => {
    for (const r of report.recommendations) {
      const item = page.locator(`main li.recommendation[id="${r.id}"]`);
      expect((await item.innerText()).replace(/\s+/g, ''), r.id).toContain(r.text.replace(/\s+/g, ''));
    }
    const rows = await page.locator('main table.findings tbody tr:not(:has(th[scope="rowgroup"]))').count();
    expect(rows).toBe(report.recordOfMainFindings.length);
  });

  it('should open with contents whose every entry leads to its section on the page', async () => {
    const firstSection = await page
      .locator('main section.whole-section')
      .first()
      .evaluate((s) => {
        const contents = document.querySelector('main nav[aria-labelledby]')!;
        return contents.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
    expect(firstSection).toBeTruthy();
    const targets = await page.locator('main nav[aria-labelledby] a').evaluateAll((links) =>
      links.map((a) => {
        const id = decodeURIComponent(a.getAttribute('href')!.replace(/^#/, ''));
        return { text: a.textContent!.trim(), heading: document.getElementById(id)?.textContent?.trim() ?? null };
      }),
    );
    expect(targets.map((t) => t.heading)).toEqual(report.outline.map(shownTitle));
    expect(targets.map((t) => t.text)).toEqual(report.outline.map(shownTitle));
  });

  // Last of the tests on `page`, which it takes away from the whole report: clicking from
  // the page already loaded, and back, saves loading the whole report again for each paragraph.
  it('should link each paragraph to its place on its section’s reading page, and that place should be there', async () => {
    const hrefs = await page
      .locator('main article.para .para-number a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(report.paragraphs.map((p) => `${base}read/${p.section}/#${p.id}`));
    for (const p of [
      report.paragraphs[0]!,
      report.paragraphs[report.paragraphs.length >> 1]!,
      report.paragraphs.at(-1)!,
    ]) {
      if (!page.url().endsWith(`${base}whole-report/`)) await page.goBack();
      expect(new URL(page.url()).pathname).toBe(`${base}whole-report/`);
      await page.locator(`#${p.id} .para-number a`).click();
      await page.waitForURL(`**${base}read/${p.section}/#${p.id}`);
      expect(await page.locator(':target').getAttribute('id')).toBe(p.id);
    }
  });

  // Axe (WCAG 2.2 AA, light and dark) on this page is run by
  // every-page-passes-axe-with-no-console-error-or-request-elsewhere.test.ts; the sub-path build's
  // page is the same HTML but for the base path in its addresses, so it is not run again here.

  it('should print contents first, each part on a new sheet, no navigation or buttons, and the source notice', async ({
    newContext,
  }) => {
    // Scripts on here, so buttons the enhancements add (Add to pack) are there to be hidden.
    const printing = await newContext();
    const tab = await printing.newPage();
    await tab.goto(site.url('whole-report/'));
    await tab.locator('main button').first().waitFor({ state: 'attached' });
    expect(await tab.locator('main button').count(), 'the enhancements ran').toBeGreaterThan(0);
    await tab.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      tab
        .locator(selector)
        .evaluateAll(
          (els) =>
            els.filter((el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null)
              .length,
        );
    expect(await shown('header nav, form[role="search"], .breadcrumbs, button')).toBe(0);
    expect(await shown('main nav[aria-labelledby]')).toBe(1);
    const breaks = await tab.locator('main section.whole-section').evaluateAll((els) =>
      els.map((s) => ({
        title: s.querySelector(':scope > :is(h2, h3, h4, h5, h6)')!.textContent!.trim(),
        before: getComputedStyle(s).breakBefore,
      })),
    );
    const startsSheet = new Set(
      report.outline.filter((s) => s.kind === 'part' || s.kind === 'record').map((s) => s.title),
    );
    for (const b of breaks) expect(b.before === 'page', b.title).toBe(startsSheet.has(b.title));
    expect(await tab.locator('main nav[aria-labelledby]').evaluate((nav) => getComputedStyle(nav).breakAfter)).toBe(
      'page',
    );
    expect(await shown('footer.site-footer')).toBe(1);
    expect(await tab.locator('footer.site-footer').innerText()).toContain(report.metadata.reproduction);
    // A paragraph's number prints as a number, not followed by its address.
    expect(
      await tab
        .locator('main .para-number a')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content),
    ).toBe('none');
    const pdf = await tab.pdf({ format: 'A4' });
    const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(sheets).toBeGreaterThan(startsSheet.size + 1);
    await printing.close();
  });
});
