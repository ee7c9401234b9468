import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH } from '../lib/built-pages.ts';
import { openSite, type SiteUnderTest } from '../lib/browser.ts';
import { builtModel } from '../lib/reading-pages.ts';

const report = await builtModel();
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const reading = report.outline.find((s) => s.kind === 'section' && s.paragraphs.length > 0)!;
const record = report.outline.find((s) => s.kind === 'record')!;
const pages = {
  home: '',
  themes: 'themes/',
  'themes narrowed to grade 1': 'themes/grade/1/',
  'a theme': `themes/${report.themes[0]!.id}/`,
  contents: 'read/',
  'a reading page': `read/${reading.slug}/`,
  'the record of main findings': `read/${record.slug}/`,
  '404': '404.html',
};
let site: SiteUnderTest;
beforeAll(async () => (site = await openSite({ base: BASE_PATH })));
afterAll(async () => site?.close());

/** The rules whose outcome the colour scheme can change; dark mode reruns only these. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

describe('axe (WCAG 2.2 AA) on the core pages', () => {
  for (const [name, path] of Object.entries(pages)) {
    it(`should find no violation on ${name} (light; colour rules again in dark)`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.url(path));
      const describe = (vs: { id: string; nodes: { target: unknown[] }[] }[]) =>
        vs.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      const light = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
      expect({ light: describe(light.violations), dark: describe(dark.violations) }).toEqual({ light: [], dark: [] });
      await context.close();
    });
  }
});
