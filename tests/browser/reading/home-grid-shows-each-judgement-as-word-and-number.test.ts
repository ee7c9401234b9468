import { BASE_PATH } from '../../lib/built-pages.ts';
import type { SiteUnderTest, TabsWithAndWithoutScripts } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
// The home page opened once with scripts on and once with them off, and resized and
// recoloured in place for each width and colour scheme (tests/lib/browser.ts says why).
const it = browserTest({ contextOptions: { viewport: { width: 1280, height: 844 } } });
// The tests below use the file's site and tabs.
let site: SiteUnderTest;
let tabs: TabsWithAndWithoutScripts;
it.beforeAll(async ({ site: fileSite, tabs: fileTabs }) => {
  [site, tabs] = [fileSite, fileTabs];
  for (const javaScriptEnabled of [true, false]) await tabs.tab(javaScriptEnabled).goto(site.url());
});

describe('the home page', () => {
  it('should show every headline judgement of both parts as word, number and colour, linking to its section', async () => {
    const page = tabs.tab(true);
    await page.setViewportSize({ width: 1280, height: 844 });
    await page.emulateMedia({ colorScheme: 'light' });
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
    // The same grade has the same colour and different grades differ, beside the words.
    const colourOf = new Map<number, Set<string>>();
    report.judgements.forEach((j, i) =>
      colourOf.set(j.grade, (colourOf.get(j.grade) ?? new Set()).add(rows[i]!.stripe)),
    );
    for (const colours of colourOf.values()) expect(colours.size).toBe(1);
    expect(new Set([...colourOf.values()].map((c) => [...c][0])).size).toBe(colourOf.size);
  });

  for (const width of [1280, 390, 320]) {
    it(`should list the areas graded only in the record of main findings too, marked so, under their part (${width} px, light and dark, scripts on and off)`, async () => {
      const recordOnly = report.recordOfMainFindings.filter((row) => !row.narrative);
      expect(recordOnly.map((row) => row.area)).toContain('Equality and diversity');
      const record = report.outline.find((s) => s.kind === 'record')!;
      for (const javaScriptEnabled of [true, false]) {
        const page = tabs.tab(javaScriptEnabled);
        await page.setViewportSize({ width, height: 844 });
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const where = `${width} px, ${colorScheme}, scripts ${javaScriptEnabled ? 'on' : 'off'}`;
          for (const row of recordOnly) {
            const part = report.parts.find((p) => p.id === row.part)!;
            const item = page.locator(`section[aria-labelledby="part-${part.id}"] .judgement-list li`, {
              hasText: row.area,
            });
            expect(await item.count(), `${row.area} in ${part.title} (${where})`).toBe(1);
            expect(await item.locator('.judgement-note').textContent(), where).toBe(
              'Graded in the record of main findings only',
            );
            expect(
              await item
                .locator('.grade')
                .textContent()
                .then((t) => t?.replace(/[\s,]+/g, ' ').trim()),
              where,
            ).toBe(`${row.label} grade ${row.grade}`);
            expect(new URL((await item.locator('a').getAttribute('href'))!, page.url()).pathname, where).toBe(
              `${BASE_PATH}read/${record.slug}/`,
            );
            expect(await item.locator('.judgement-note').isVisible(), where).toBe(true);
            const box = (await item.boundingBox())!;
            expect(box.x + box.width, where).toBeLessThanOrEqual(width);
          }
        }
      }
    });
  }
});
