import { beforeAll, describe, expect, it } from 'vitest';
import type { PackCatalogue } from '../../../src/packs/catalogue.ts';
import { escapeMarkdown, packToMarkdown } from '../../../src/packs/render-markdown.ts';
import { packToText, type PackDocument } from '../../../src/packs/render-text.ts';
import { resolvePack } from '../../../src/packs/resolve.ts';
import { fixtureCatalogue } from './fixture.ts';

let catalogue: PackCatalogue;
let doc: PackDocument;
const pageUrl = 'https://example.org/explorer/pack/?items=p7,sg-9m-1,p1';
/** How every citation of the fixture report starts: publisher, title: authority, published date. */
const SOURCE =
  'Ofsted, Inspection of safeguarding and looked after children services: Northwold County Council, published 19 October 2012';

beforeAll(async () => {
  ({ catalogue } = await fixtureCatalogue());
  doc = {
    title: 'Board *meeting* #3',
    note: 'Read before Tuesday.\n\n- bring questions',
    entries: resolvePack(['p7', 'sg-9m-1', 'p1'], catalogue).entries,
    catalogue,
    pageUrl,
  };
});

describe('packToText', () => {
  it('should give title, note, items in order with their text and absolute permalinks', () => {
    const text = packToText(doc);
    expect(text.startsWith('Board *meeting* #3\n\nRead before Tuesday.')).toBe(true);
    const order = [
      '1. Paragraph 7',
      '2. Commission an independent review of the front door arrangements',
      '3. Paragraph 1',
    ].map((s) => text.indexOf(s));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(text).toContain(
      'Partnership working is outstanding. The NSCB is well led and its members challenge one another.',
    );
    expect(text).toContain('https://example.org/p/7/');
  });

  it('should keep list items on their own lines', () => {
    expect(packToText(doc)).toMatch(
      /following evidence:\n- case files held by the council's children's social care service\n- /,
    );
  });

  it("should end with a citation per item, in the site's citation format, and the source notice", () => {
    const text = packToText(doc);
    const { report } = catalogue;
    const lines = text.split('\n');
    expect(lines).toContain(`[1] ${SOURCE}, paragraph 7. https://example.org/p/7/`);
    expect(lines).toContain(`[2] ${SOURCE}, recommendation sg-9m-1. https://example.org/recommendations/sg-9m-1/`);
    expect(lines).toContain(`[3] ${SOURCE}, paragraph 1. https://example.org/p/1/`);
    expect(text).toContain(`Source: ${SOURCE}. `);
    expect(text).toContain(report.reproduction);
    expect(text).toContain(report.copyright);
    expect(text).toContain(`This pack: ${pageUrl}`);
  });

  it('should say which section and grade each item comes from, the grade as word and number', () => {
    // Whole lines, so "Adequate" cannot pass by being part of "Inadequate".
    expect(packToText(doc).split('\n')).toContain(
      '1. Paragraph 7: Safeguarding services › Partnership working; judged Outstanding, grade 1',
    );
    const p6 = { ...doc, entries: resolvePack(['p6'], catalogue).entries };
    expect(packToText(p6).split('\n')).toContain(
      '1. Paragraph 6: Safeguarding services › Quality of provision; judged Adequate, grade 3',
    );
  });

  it('should name a recommendation by its words, keep its code and due date, and say where it stands with no grade', () => {
    const line = packToText(doc)
      .split('\n')
      .find((l) => l.startsWith('2. '))!;
    expect(line).toMatch(
      /^2\. Commission an independent review of the front door arrangements: Recommendation sg-9m-1, within nine months, due \d{1,2} \w+ \d{4}; Safeguarding services: areas for improvement \(paragraph \d+\)$/,
    );
    expect(line).not.toMatch(/grade|judged/i);
  });

  it('should call an untitled pack a briefing pack', () => {
    expect(packToText({ ...doc, title: '  ', note: '' }).split('\n')[0]).toBe('Briefing pack');
  });
});

describe('packToMarkdown', () => {
  it('should escape what the user typed so it shows as written', () => {
    const md = packToMarkdown(doc);
    expect(md.startsWith('# Board \\*meeting\\* #3\n')).toBe(true);
    expect(md).toContain('\\- bring questions');
  });

  it('should keep emphasis and lists as published', () => {
    const md = packToMarkdown(doc);
    expect(md).toContain('The NSCB is *well* led and its members **challenge** one another.');
    expect(md).toMatch(/\n- case files held by the council's \*children's social care\* service\n- /);
  });

  it('should show text that looks like HTML or a link as text', () => {
    const p2p3 = packToMarkdown({ ...doc, entries: resolvePack(['p2', 'p3'], catalogue).entries });
    expect(p2p3).toContain('\\[x\\](http://e.com)');
    expect(p2p3).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(p2p3).toContain('\\&amp;');
  });

  it('should end with a numbered citation list and the source notice', () => {
    const md = packToMarkdown(doc);
    expect(md).toContain('## Citations');
    const lines = md.split('\n');
    expect(lines).toContain(`1. ${SOURCE}, paragraph 7. <https://example.org/p/7/>`);
    expect(lines).toContain(`2. ${SOURCE}, recommendation sg-9m-1. <https://example.org/recommendations/sg-9m-1/>`);
    expect(lines).toContain(`3. ${SOURCE}, paragraph 1. <https://example.org/p/1/>`);
    expect(md).toContain(`\n> Source: ${SOURCE}. `);
    expect(md).toMatch(/\n> Source: .*reproduced/);
  });
});

describe('escapeMarkdown', () => {
  it('should escape block markers only at the start of a line', () => {
    expect(escapeMarkdown('# a - b 1. c')).toBe('\\# a - b 1. c');
    expect(escapeMarkdown('12. twelve')).toBe('12\\. twelve');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
  });
});
