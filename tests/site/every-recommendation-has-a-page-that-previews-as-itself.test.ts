import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidenceLinks } from '../../src/derive/evidence.ts';
import { loadEvidenceOverrides } from '../../src/derive/evidence-overrides.ts';
import { REPORT_FILE } from '../../src/lib/report-file.ts';
import type { Report } from '../../src/model/schema.ts';
import { parseReportFile } from '../../src/parser/index.ts';
import { BASE_PATH, elementsOf } from '../lib/built-pages.ts';
import { SITE_DIR } from '../lib/site.ts';

let model: Report;
beforeAll(async () => {
  model = await parseReportFile(REPORT_FILE);
});

const meta = (html: string) => {
  const found = new Map<string, string>();
  for (const e of elementsOf(html)) {
    if (e.name === 'meta' && (e.attributes.property || e.attributes.name)) found.set(e.attributes.property ?? e.attributes.name!, e.attributes.content ?? '');
    if (e.name === 'link' && e.attributes.rel === 'canonical') found.set('canonical', e.attributes.href ?? '');
  }
  return found;
};

describe('recommendation pages', () => {
  it('should exist for every recommendation, and for nothing else', async () => {
    const { readdir } = await import('node:fs/promises');
    const dirs = (await readdir(join(SITE_DIR, 'recommendations'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(dirs.sort()).toEqual(model.recommendations.map((r) => r.id).sort());
    for (const r of model.recommendations) expect(existsSync(join(SITE_DIR, 'recommendations', r.id, 'index.html')), r.id).toBe(true);
  });

  it('should carry share meta that previews as that recommendation, with an absolute URL', async () => {
    for (const r of model.recommendations) {
      const tags = meta(await readFile(join(SITE_DIR, 'recommendations', r.id, 'index.html'), 'utf8'));
      expect(tags.get('og:title'), r.id).toContain(r.id);
      expect(tags.get('og:description'), r.id).toBe(r.text);
      expect(tags.get('twitter:card'), r.id).toBe('summary');
      expect(tags.get('twitter:title'), r.id).toContain(r.id);
      const ogUrl = new URL(tags.get('og:url')!); // throws unless absolute
      expect(ogUrl.pathname).toBe(`${BASE_PATH}recommendations/${r.id}/`);
      expect(tags.get('canonical')).toBe(ogUrl.href);
    }
  });
});

describe('the glossary', () => {
  it('should list every acronym the report defines with a link to its defining paragraph', async () => {
    const html = await readFile(join(SITE_DIR, 'glossary', 'index.html'), 'utf8');
    const hrefs = elementsOf(html).filter((e) => e.name === 'a').map((e) => e.attributes.href ?? '');
    for (const a of model.acronyms) {
      expect(html, a.acronym).toContain(`>${a.acronym.replace('&', '&amp;')}</abbr>`);
      expect(hrefs.some((h) => h.endsWith(`#p${a.paragraph}`)), `${a.acronym} links to p${a.paragraph}`).toBe(true);
    }
  });
});

describe('reading pages', () => {
  it('should say under each evidence paragraph which recommendations it supports, with links', async () => {
    const links = evidenceLinks(model, await loadEvidenceOverrides(model));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const paragraph = model.paragraphs.find((p) => p.number === link.paragraph)!;
      const html = await readFile(join(SITE_DIR, 'read', paragraph.section, 'index.html'), 'utf8');
      const start = html.indexOf(`id="p${paragraph.number}"`);
      const article = html.slice(start, html.indexOf('</article>', start));
      expect(article, `p${paragraph.number}`).toMatch(/class="para-supports"[^>]*>\s*Supports/);
      expect(article, `p${paragraph.number} → ${link.recommendation}`).toContain(`href="${BASE_PATH}recommendations/${link.recommendation}/"`);
    }
  });
});
