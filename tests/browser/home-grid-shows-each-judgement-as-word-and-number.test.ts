import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH } from '../lib/built-pages.ts';
import { openSite, type SiteUnderTest } from '../lib/browser.ts';
import { builtModel } from '../lib/reading-pages.ts';

const report = await builtModel();
let site: SiteUnderTest;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

describe('the home page', () => {
  it('should show every headline judgement of both parts as word, number and colour, linking to its section', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url());
    const all = await page.locator('.judgement-list li').evaluateAll((items) =>
      items.map((li) => {
        const badge = li.querySelector('.grade')!;
        return {
          href: new URL(li.querySelector('a')!.href).pathname,
          area: li.querySelector('a')!.textContent ?? '',
          note: li.querySelector('.judgement-note')?.textContent ?? null,
          text: (badge.textContent ?? '').replace(/[\s,]+/g, ' ').trim(),
          stripe: getComputedStyle(badge).borderLeftColor,
        };
      }),
    );
    const rows = all.filter((row) => row.note === null);
    expect(rows).toHaveLength(report.judgements.length);
    report.judgements.forEach((j, i) => {
      expect(rows[i]!.href).toBe(`${BASE_PATH}read/${j.section}/`);
      expect(rows[i]!.text).toBe(`${j.label} grade ${j.grade}`);
    });
    // Note: the same grade has the same colour and different grades differ, beside the words.
    const colourOf = new Map<number, Set<string>>();
    report.judgements.forEach((j, i) => colourOf.set(j.grade, (colourOf.get(j.grade) ?? new Set()).add(rows[i]!.stripe)));
    for (const colours of colourOf.values()) expect(colours.size).toBe(1);
    expect(new Set([...colourOf.values()].map((c) => [...c][0])).size).toBe(colourOf.size);
    await context.close();
  });

  for (const width of [1280, 390, 320]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`should list the areas graded only in the record of main findings too, marked so, under their part (${width} px, ${colorScheme}, scripts on and off)`, async () => {
        const recordOnly = report.recordOfMainFindings.filter((row) => !row.narrative);
        expect(recordOnly.map((row) => row.area)).toContain('Equality and diversity');
        const record = report.outline.find((s) => s.kind === 'record')!;
        for (const javaScriptEnabled of [true, false]) {
          const context = await site.browser.newContext({ viewport: { width, height: 844 }, colorScheme, javaScriptEnabled });
          const page = await context.newPage();
          await page.goto(site.url());
          for (const row of recordOnly) {
            const part = report.parts.find((p) => p.id === row.part)!;
            const item = page.locator(`section[aria-labelledby="part-${part.id}"] .judgement-list li`, { hasText: row.area });
            expect(await item.count(), `${row.area} in ${part.title}`).toBe(1);
            expect(await item.locator('.judgement-note').textContent()).toBe('Graded in the record of main findings only');
            expect(await item.locator('.grade').textContent().then((t) => t?.replace(/[\s,]+/g, ' ').trim())).toBe(`${row.label} grade ${row.grade}`);
            expect(new URL((await item.locator('a').getAttribute('href'))!, page.url()).pathname).toBe(`${BASE_PATH}read/${record.slug}/`);
            expect(await item.locator('.judgement-note').isVisible()).toBe(true);
            const box = (await item.boundingBox())!;
            expect(box.x + box.width).toBeLessThanOrEqual(width);
          }
          await context.close();
        }
      });
    }
  }
});
