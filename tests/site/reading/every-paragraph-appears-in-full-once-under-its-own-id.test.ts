import { describe, expect, it } from 'vitest';
import { all, attr, builtModel, readingPages, squash, text } from '../../lib/reading-pages.ts';

const report = await builtModel();
const pages = await readingPages();

describe('reading pages', () => {
  it('should exist for every outline section, and only those', () => {
    expect([...pages.keys()].sort()).toEqual(report.outline.map((s) => s.slug).sort());
  });

  it('should hold every paragraph of the model exactly once, under id="pN" on its own section’s page', () => {
    const seen = new Map<string, string[]>();
    for (const [slug, doc] of pages) {
      for (const e of all(doc, (el) => /^p[0-9]+$/.test(attr(el, 'id') ?? ''))) {
        seen.set(attr(e, 'id')!, [...(seen.get(attr(e, 'id')!) ?? []), slug]);
      }
    }
    const expected = new Map(report.paragraphs.map((p) => [p.id, [p.section]]));
    expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(expected));
  });

  it('should give each paragraph its full text as published, its visible number and the hooks enhancements use', () => {
    const problems: string[] = [];
    for (const p of report.paragraphs) {
      const doc = pages.get(p.section)!;
      const [article] = all(doc, (el) => attr(el, 'id') === p.id);
      if (!article) {
        problems.push(`${p.id}: missing`);
        continue;
      }
      if (article.name !== 'article' || attr(article, 'data-para') !== String(p.number))
        problems.push(`${p.id}: not <article data-para>`);
      const [body] = all(article as never, (el) => (attr(el, 'class') ?? '').split(' ').includes('para-body'));
      if (!body || squash(text(body)) !== squash(p.text)) problems.push(`${p.id}: text differs from the model`);
      const [number] = all(article as never, (el) => attr(el, 'class') === 'para-number');
      if (!number || !squash(text(number)).endsWith(String(p.number))) problems.push(`${p.id}: number not shown`);
      const permalinks = all(
        article as never,
        (el) => el.name === 'a' && (attr(el, 'class') ?? '').includes('permalink'),
      );
      if (permalinks.length !== 1 || !attr(permalinks[0]!, 'href')!.endsWith(`/p/${p.number}/`))
        problems.push(`${p.id}: no permalink anchor`);
    }
    expect(problems).toEqual([]);
  });

  it('should keep emphasis and lists as published', () => {
    const emphasised = report.paragraphs.filter((p) =>
      p.blocks.some((b) => b.type === 'text' && b.runs.some((r) => r.emphasis)),
    );
    const listed = report.paragraphs.filter((p) => p.blocks.some((b) => b.type === 'list'));
    for (const p of emphasised) {
      const [article] = all(pages.get(p.section)!, (el) => attr(el, 'id') === p.id);
      expect(all(article as never, (el) => el.name === 'em').length, p.id).toBeGreaterThan(0);
    }
    for (const p of listed) {
      const [article] = all(pages.get(p.section)!, (el) => attr(el, 'id') === p.id);
      const items = p.blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
      expect(all(article as never, (el) => el.name === 'li').length, p.id).toBe(items.length);
    }
  });

  it('should mark the acronyms the report defines with <abbr title="expansion">', () => {
    const expansions = new Map(report.acronyms.map((a) => [a.acronym, a.expansion]));
    let marked = 0;
    for (const doc of pages.values()) {
      for (const abbr of all(doc, (el) => el.name === 'abbr')) {
        const word = text(abbr).replace(/s$/, '');
        expect(attr(abbr, 'title')).toBe(expansions.get(word) ?? expansions.get(text(abbr)));
        marked++;
      }
    }
    expect(marked).toBeGreaterThanOrEqual(report.acronyms.length);
  });

  it('should link each section to the next and previous in published order', () => {
    report.outline.forEach((s, i) => {
      const doc = pages.get(s.slug)!;
      const next = all(doc, (el) => el.name === 'a' && attr(el, 'rel') === 'next');
      const prev = all(doc, (el) => el.name === 'a' && attr(el, 'rel') === 'prev');
      expect(
        next.map((a) => attr(a, 'href')!.replace(/^.*\/read\//, '')),
        s.slug,
      ).toEqual(report.outline[i + 1] ? [`${report.outline[i + 1]!.slug}/`] : []);
      expect(prev.length, s.slug).toBe(i > 0 ? 1 : 0);
    });
  });

  it('should show every recommendation where it was published, with its id linking to its page', () => {
    for (const r of report.recommendations) {
      const [item] = all(pages.get(r.section)!, (el) => attr(el, 'id') === r.id);
      expect(item, r.id).toBeDefined();
      expect(squash(text(item!))).toContain(squash(r.text));
      const links = all(
        item! as never,
        (el) => el.name === 'a' && (attr(el, 'href') ?? '').endsWith(`/recommendations/${r.id}/`),
      );
      expect(links.length, r.id).toBe(1);
    }
  });
});
