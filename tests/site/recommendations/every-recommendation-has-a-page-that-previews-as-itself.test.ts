import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FILE } from '../../../src/lib/report-file.ts';
import type { Report } from '../../../src/model/schema.ts';
import { parseReportFile } from '../../../src/parser/index.ts';
import { BASE_PATH, elementsOf } from '../../lib/built-pages.ts';
import { shownLinks, shownSupports } from '../../lib/evidence-pages.ts';
import { all, attr, dom, text } from '../../lib/reading-pages.ts';

const squashSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();
import { SITE_DIR } from '../../lib/site.ts';

let model: Report;
beforeAll(async () => {
  model = await parseReportFile(REPORT_FILE);
});

const meta = (html: string) => {
  const found = new Map<string, string>();
  for (const e of elementsOf(html)) {
    if (e.name === 'meta' && (e.attributes.property || e.attributes.name))
      found.set(e.attributes.property ?? e.attributes.name!, e.attributes.content ?? '');
    if (e.name === 'link' && e.attributes.rel === 'canonical') found.set('canonical', e.attributes.href ?? '');
  }
  return found;
};

describe('recommendation pages', () => {
  it('should exist for every recommendation, and for nothing else', async () => {
    const { readdir } = await import('node:fs/promises');
    const dirs = (await readdir(join(SITE_DIR, 'recommendations'), { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(dirs.sort()).toEqual(model.recommendations.map((r) => r.id).sort());
    for (const r of model.recommendations)
      expect(existsSync(join(SITE_DIR, 'recommendations', r.id, 'index.html')), r.id).toBe(true);
  });

  it('should be named by its words in its heading and title, the code beside them', async () => {
    const names = new Set<string>();
    for (const r of model.recommendations) {
      const doc = await dom(`recommendations/${r.id}/index.html`);
      const heading = squashSpaces(text(all(doc, (e) => e.name === 'h1')[0]!));
      // The heading is the recommendation's opening words (at least four), never its code.
      const words = heading.replace(/…$/, '');
      expect(words.split(' ').length, r.id).toBeGreaterThanOrEqual(4);
      expect(r.text.toLowerCase().startsWith(words.toLowerCase()), `${r.id}: "${heading}"`).toBe(true);
      expect(heading, r.id).not.toContain(r.id);
      expect(heading.charAt(0), r.id).toBe(heading.charAt(0).toUpperCase());
      names.add(heading);
      const title = squashSpaces(text(all(doc, (e) => e.name === 'title')[0]!));
      expect(title.startsWith(heading), r.id).toBe(true);
      expect(squashSpaces(text(all(doc, (e) => attr(e, 'class') === 'part-name')[0]!)), r.id).toContain(
        `Recommendation ${r.id}`,
      );
    }
    expect(names.size).toBe(model.recommendations.length);
  });

  it('should carry share meta that previews as that recommendation, with an absolute URL', async () => {
    for (const r of model.recommendations) {
      const html = await readFile(join(SITE_DIR, 'recommendations', r.id, 'index.html'), 'utf8');
      const tags = meta(html);
      const heading = squashSpaces(
        text(all(await dom(`recommendations/${r.id}/index.html`), (e) => e.name === 'h1')[0]!),
      );
      // A preview names what is asked first, then the code, the report and the authority.
      for (const key of ['og:title', 'twitter:title']) {
        const shared = tags.get(key)!;
        expect(shared.startsWith(heading), `${r.id} ${key}: ${shared}`).toBe(true);
        expect(shared, r.id).toContain(r.id);
        expect(shared, r.id).toContain(model.metadata.title);
        expect(shared, r.id).toContain(model.metadata.authority);
      }
      // The description is the recommendation's whole text as a sentence.
      const description = tags.get('og:description')!;
      expect(description, r.id).toMatch(/^\p{Lu}.*\.$/su);
      expect(description.toLowerCase().replace(/\.$/, ''), r.id).toBe(r.text.toLowerCase().replace(/\.$/, ''));
      expect(tags.get('twitter:card'), r.id).toBe('summary');
      const ogUrl = new URL(tags.get('og:url')!); // throws unless absolute
      expect(ogUrl.pathname).toBe(`${BASE_PATH}recommendations/${r.id}/`);
      expect(tags.get('canonical')).toBe(ogUrl.href);
    }
  });
});

describe('paragraph permalinks', () => {
  it("should preview as the paragraph's own words, under a title naming the paragraph, report and authority", async () => {
    for (const p of model.paragraphs) {
      const tags = meta(await readFile(join(SITE_DIR, 'p', String(p.number), 'index.html'), 'utf8'));
      const description = tags.get('og:description')!;
      expect(tags.get('description'), p.id).toBe(description);
      expect(description.length, p.id).toBeGreaterThan(Math.min(40, p.text.length) - 1);
      expect(squashSpaces(p.text).startsWith(description.replace(/…$/, '')), `${p.id}: ${description}`).toBe(true);
      expect(tags.get('og:title'), p.id).toContain(`Paragraph ${p.number}`);
      expect(tags.get('og:title'), p.id).toContain(model.metadata.authority);
    }
  });
});

describe('the glossary', () => {
  it('should list every acronym the report defines with a link to its defining paragraph', async () => {
    const html = await readFile(join(SITE_DIR, 'glossary', 'index.html'), 'utf8');
    const hrefs = elementsOf(html)
      .filter((e) => e.name === 'a')
      .map((e) => e.attributes.href ?? '');
    for (const a of model.acronyms) {
      expect(html, a.acronym).toContain(`>${a.acronym.replace('&', '&amp;')}</abbr>`);
      expect(
        hrefs.some((h) => h.endsWith(`#p${a.paragraph}`)),
        `${a.acronym} links to p${a.paragraph}`,
      ).toBe(true);
    }
  });
});

describe('reading pages', () => {
  it('should say under each paragraph exactly which recommendations name it as the finding behind them, with links', async () => {
    // The two views readers see are compared with each other, so neither is taken on trust.
    const fromRecommendationPages = new Map<number, string[]>();
    for (const r of model.recommendations) {
      for (const e of (await shownLinks(r.id)).findings)
        fromRecommendationPages.set(e.paragraph, [...(fromRecommendationPages.get(e.paragraph) ?? []), r.id]);
    }
    expect(fromRecommendationPages.size).toBeGreaterThan(0);
    const fromReadingPages = new Map<number, string[]>();
    for (const slug of new Set(model.paragraphs.map((p) => p.section))) {
      for (const [n, ids] of shownSupports(await dom(`read/${slug}/index.html`))) fromReadingPages.set(n, ids);
    }
    const sorted = (m: Map<number, string[]>) => Object.fromEntries([...m].sort((a, b) => a[0] - b[0]));
    expect(sorted(fromReadingPages)).toEqual(sorted(fromRecommendationPages));
  });
});
