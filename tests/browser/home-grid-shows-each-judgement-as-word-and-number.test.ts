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
    const rows = await page.locator('.judgement-list li').evaluateAll((items) =>
      items.map((li) => {
        const badge = li.querySelector('.grade')!;
        return {
          href: new URL(li.querySelector('a')!.href).pathname,
          text: (badge.textContent ?? '').replace(/[\s,]+/g, ' ').trim(),
          stripe: getComputedStyle(badge).borderLeftColor,
        };
      }),
    );
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
});
