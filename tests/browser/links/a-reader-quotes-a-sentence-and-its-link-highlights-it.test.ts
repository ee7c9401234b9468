/**
 * Quoting a sentence, as a reader does it: selecting words in a paragraph and pressing "Copy
 * quote", or choosing a sentence from the Share menu's "Quote" by keyboard or by touch. The
 * clipboard then holds the words in quotation marks, the site's citation and a link; opening
 * the link shows the words highlighted, by the browser's text fragment or, in a browser without
 * one, by the site's own mark. On reading, recommendation and whole-report pages, at 390 and
 * 320 px, under the root and /explorer/.
 */
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_FLAGS } from '../../../scripts/lib/chromium.ts';
import { citationText, citedReport } from '../../../src/lib/citation.ts';
import { describeViolations, runAxeWithin, WCAG_22_AA } from '../../lib/axe.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
const source = citedReport(report);
/** A paragraph of plain prose with a few sentences, the kind a reader quotes from. */
const paragraph = report.paragraphs.find(
  (p) => p.blocks.length === 1 && (p.text.match(/\. [A-Z]/g) ?? []).length >= 2,
)!;
const recommendation = report.recommendations[0]!;

const it = browserTest({
  ownClipboard: true,
  contextOptions: { viewport: { width: 390, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] },
  axe: true,
});

const clipboard = (tab: Page) => tab.evaluate('navigator.clipboard.readText()') as Promise<string>;

/** Selects the words of `within` that read `words`, as a reader's drag would, and returns what the page shows selected. */
async function select(within: Locator, words: string): Promise<string> {
  return within.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; from: number }[] = [];
    let text = '';
    while (walker.nextNode()) {
      nodes.push({ node: walker.currentNode as Text, from: text.length });
      text += (walker.currentNode as Text).data;
    }
    const start = text.indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not in the element`);
    const at = (offset: number) => {
      const hit = nodes.findLast((n) => n.from <= offset)!;
      return [hit.node, offset - hit.from] as const;
    };
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(start + wanted.length));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  }, words);
}

/** The first sentence of a paragraph's text, as the model holds it. */
const firstSentence = (text: string) => text.slice(0, text.search(/\. [A-Z]/) + 1);

/** Counts the pixels of `locator` drawn in the highlight colour (the browser's text-fragment highlight is not in the DOM). */
async function highlightedPixels(tab: Page, locator: Locator): Promise<number> {
  const png = (await locator.screenshot()).toString('base64');
  return tab.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(bitmap, 0, 0);
    const { data: px } = g.getImageData(0, 0, bitmap.width, bitmap.height);
    const probe = document.createElement('mark');
    probe.className = 'quote-hit';
    document.body.append(probe);
    const [r, gr, b] = getComputedStyle(probe).backgroundColor.match(/\d+/g)!.map(Number);
    probe.remove();
    let n = 0;
    for (let i = 0; i < px.length; i += 4)
      if (Math.abs(px[i]! - r!) < 8 && Math.abs(px[i + 1]! - gr!) < 8 && Math.abs(px[i + 2]! - b!) < 8) n++;
    return n;
  }, png);
}

describe('quoting by selecting words', () => {
  it('should copy the selected sentence, its citation and a link that opens the paragraph with the words highlighted', async ({
    site,
    context,
    page,
  }) => {
    await page.goto(site.url(`read/${paragraph.section}/`));
    const article = page.locator(`#${paragraph.id}`);
    const sentence = firstSentence(paragraph.text);
    expect(await select(article.locator('.para-body'), sentence)).toBe(sentence);
    const offer = article.getByRole('button', { name: 'Copy quote' });
    // By keyboard: once offered, Tab from the selection reaches the button.
    await offer.waitFor();
    await page.keyboard.press('Tab');
    expect(await offer.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toMatch(/^“/);
    const copied = await clipboard(page);
    const citation = citationText(source, { kind: 'paragraph', number: paragraph.number });
    expect(copied.startsWith(`“${sentence}” ${citation}. ${site.url(`read/${paragraph.section}/`)}`)).toBe(true);
    const link = copied.slice(copied.lastIndexOf(' ') + 1);
    expect(new URL(link).hash).toMatch(new RegExp(`^#${paragraph.id}:~:text=`));

    const arrived = await context.newPage();
    await arrived.goto(link);
    await expect
      .poll(() => highlightedPixels(arrived, arrived.locator(`#${paragraph.id} .para-body`)))
      .toBeGreaterThan(200);
    expect(await arrived.locator(`#${paragraph.id}`).evaluate((e) => e.getBoundingClientRect().top < innerHeight)).toBe(
      true,
    );
    await arrived.close();
  });

  it('should quote from a recommendation page and the whole report too, by touch at 320 px', async ({
    site,
    newContext,
  }) => {
    const touch = await newContext({
      viewport: { width: 320, height: 700 },
      hasTouch: true,
      isMobile: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const tab = await touch.newPage();
    try {
      for (const [path, scope, item] of [
        [`recommendations/${recommendation.id}/`, '.rec-text', { kind: 'recommendation', id: recommendation.id }],
        ['whole-report/', `#${paragraph.id} .para-body`, { kind: 'paragraph', number: paragraph.number }],
      ] as const) {
        await tab.goto(site.url(path));
        await tab.evaluate('navigator.clipboard.writeText("")');
        const words = (await tab.locator(scope).innerText()).split(/\s+/).slice(0, 5).join(' ');
        await select(tab.locator(scope), words);
        await tab.getByRole('button', { name: 'Copy quote' }).tap();
        await expect.poll(() => clipboard(tab), { message: path }).toMatch(/^“/);
        const copied = await clipboard(tab);
        expect(copied.startsWith(`“${words}” ${citationText(source, item)}. ${site.url(path)}`), path).toBe(true);
        expect(await tab.evaluate(() => document.documentElement.scrollWidth <= innerWidth), path).toBe(true);
      }
    } finally {
      await touch.close();
    }
  });
});

describe('quoting from the Share menu', () => {
  it('should list the sentences under Quote, copy the one chosen by keyboard, and close on Escape with the cursor on Share', async ({
    site,
    page,
  }) => {
    await page.goto(site.url(`read/${paragraph.section}/`));
    await page.evaluate('navigator.clipboard.writeText("")');
    const article = page.locator(`#${paragraph.id}`);
    const share = article.getByRole('button', { name: /^Share/ });
    await share.focus();
    await page.keyboard.press('Enter');
    expect(await share.getAttribute('aria-expanded')).toBe('true');
    await article.getByRole('button', { name: /^Quote/ }).focus();
    await page.keyboard.press('Enter');
    const choices = article.locator('.quote-panel').getByRole('button');
    expect(await choices.count()).toBeGreaterThanOrEqual(3);
    const sentence = firstSentence(paragraph.text);
    expect(await choices.first().innerText()).toBe(sentence);
    expect(
      describeViolations(
        await runAxeWithin(page, [`#${paragraph.id} .share-menu`, `#${paragraph.id} .quote-panel`], {
          tags: WCAG_22_AA,
        }),
      ),
    ).toEqual([]);
    await choices.first().focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => clipboard(page))
      .toMatch(new RegExp(`^“${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`));
    await page.keyboard.press('Escape');
    expect(await article.locator('.quote-panel').isVisible()).toBe(false);
    expect(await article.locator('.share-menu').isVisible()).toBe(false);
    expect(await share.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('should keep each paragraph’s own controls on one line at 390 and 320 px, the permalink in sight', async ({
    site,
    newContext,
  }) => {
    const tab = await (await newContext({ hasTouch: true })).newPage();
    for (const width of [390, 320]) {
      await tab.setViewportSize({ width, height: 700 });
      await tab.goto(site.url(`read/${paragraph.section}/`));
      const rows = await tab.locator('article.para .para-tools').evaluateAll((tools) =>
        tools.map((t) => {
          const boxes = [...t.children]
            .filter((c) => (c as HTMLElement).offsetParent !== null)
            .map((c) => c.getBoundingClientRect());
          return {
            tops: new Set(boxes.map((b) => Math.round(b.top))).size,
            texts: [...t.children].map((c) => c.textContent),
          };
        }),
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.tops, `${width} px`).toBe(1);
        expect(row.texts.join(' ')).toMatch(/Permalink.*Share/);
      }
      const share = tab.locator(`#${paragraph.id}`).getByRole('button', { name: /^Share/ });
      await share.tap();
      expect(await share.getAttribute('aria-expanded')).toBe('true');
      expect(await tab.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    }
    await tab.context().close();
  });
});

describe('a quote link in a browser without text fragments', () => {
  let plain: Browser;
  beforeAll(async () => {
    // Chromium with text fragments turned off: it neither highlights the directive nor shows it to the page.
    plain = await chromium.launch({
      executablePath: inject('chromiumPath'),
      args: [...CHROMIUM_FLAGS, '--disable-blink-features=TextFragmentIdentifiers'],
    });
  });
  afterAll(() => plain?.close());

  for (const [name, siteName] of [
    ['the root', 'root'],
    ['/explorer/', 'subpath'],
  ] as const) {
    it(`should mark the quoted words with the site's own highlight, under ${name}`, async ({
      site,
      page,
      siteNamed,
    }) => {
      const subpath = await siteNamed('subpath');
      const target = () => (siteName === 'root' ? site : subpath);
      // The link as Copy quote writes it for a long quote: its first and last words.
      await page.goto(target().url(`read/${paragraph.section}/`));
      await page.evaluate('navigator.clipboard.writeText("")');
      const sentence = firstSentence(paragraph.text);
      await select(page.locator(`#${paragraph.id} .para-body`), sentence);
      await page.locator(`#${paragraph.id}`).getByRole('button', { name: 'Copy quote' }).click();
      await expect.poll(() => clipboard(page)).toMatch(/^“/);
      const copied = await clipboard(page);
      const link = copied.slice(copied.lastIndexOf(' ') + 1);
      expect(link.startsWith(target().url(`read/${paragraph.section}/`))).toBe(true);

      const tab = await (await plain.newContext({ viewport: { width: 390, height: 700 } })).newPage();
      await tab.goto(link);
      const marks = tab.locator(`#${paragraph.id} mark.quote-hit`);
      await expect.poll(() => marks.count()).toBeGreaterThan(0);
      expect((await marks.allTextContents()).join('').replace(/\s+/g, ' ')).toBe(sentence);
      expect(
        await marks
          .first()
          .evaluate((m) => m.getBoundingClientRect().top >= 0 && m.getBoundingClientRect().bottom <= innerHeight),
      ).toBe(true);
      await tab.context().close();
    });
  }
});
