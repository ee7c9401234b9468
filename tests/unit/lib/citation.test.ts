/** One citation format for pages, packs and pack downloads. */
import { describe, expect, it } from 'vitest';
import {
  citation,
  citationText,
  citedItemName,
  citedReport,
  citedSource,
  citedSourceParts,
  quotation,
  withUrl,
} from '../../../src/lib/citation.ts';

const report = {
  publisher: 'Ofsted',
  title: 'Inspection of safeguarding and looked after children services',
  authority: 'London Borough of Tower Hamlets',
  publishedAsPublished: '27 July 2012',
};

describe('citation', () => {
  it('should cite a paragraph: publisher, title: authority, published date, paragraph N, full stop, URL', () => {
    expect(citation(report, { kind: 'paragraph', number: 39 }, 'https://example.org/p/39/')).toBe(
      'Ofsted, Inspection of safeguarding and looked after children services: London Borough of Tower Hamlets, published 27 July 2012, paragraph 39. https://example.org/p/39/',
    );
  });

  it('should cite a recommendation by its id', () => {
    expect(
      citation(report, { kind: 'recommendation', id: 'sg-3m-4' }, 'https://example.org/recommendations/sg-3m-4/'),
    ).toBe(
      'Ofsted, Inspection of safeguarding and looked after children services: London Borough of Tower Hamlets, published 27 July 2012, recommendation sg-3m-4. https://example.org/recommendations/sg-3m-4/',
    );
  });
});

describe('citationText and withUrl', () => {
  it('should give the citation without its URL, and put the URL back after a full stop', () => {
    const text = citationText(report, { kind: 'paragraph', number: 1 });
    expect(text).toBe(
      'Ofsted, Inspection of safeguarding and looked after children services: London Borough of Tower Hamlets, published 27 July 2012, paragraph 1',
    );
    expect(withUrl(text, 'https://example.org/p/1/')).toBe(
      citation(report, { kind: 'paragraph', number: 1 }, 'https://example.org/p/1/'),
    );
  });
});

describe('citedSource', () => {
  it('should name the report as a source, for source notices', () => {
    expect(citedSource(report)).toBe(
      'Ofsted, Inspection of safeguarding and looked after children services: London Borough of Tower Hamlets, published 27 July 2012',
    );
  });

  it('should mark the title and the date among its words, for pages to set as <cite> and <time>', () => {
    const parts = citedSourceParts(report);
    expect(parts.map((part) => part.text).join('')).toBe(citedSource(report));
    expect(parts.filter((part) => part.is === 'title').map((part) => part.text)).toEqual([report.title]);
    expect(parts.filter((part) => part.is === 'date').map((part) => part.text)).toEqual([report.publishedAsPublished]);
  });
});

describe('citedItemName', () => {
  it('should spell out "paragraph" and name a recommendation by its id', () => {
    expect(citedItemName({ kind: 'paragraph', number: 28 })).toBe('paragraph 28');
    expect(citedItemName({ kind: 'recommendation', id: 'lac-6m-1' })).toBe('recommendation lac-6m-1');
  });
});

describe('citedReport', () => {
  it('should take the publisher from the model and the rest from its metadata', () => {
    const model = { publisher: 'Ofsted', metadata: { ...report, published: '2012-07-27' } } as unknown as Parameters<
      typeof citedReport
    >[0];
    expect(citedReport(model)).toEqual(report);
  });
});

describe('quotation', () => {
  it('should put the quoted words in quotation marks before the citation and its link', () => {
    const text = citationText(report, { kind: 'paragraph', number: 39 });
    expect(quotation('Partnership working is good.', text, 'https://example.org/read/a/#p39:~:text=Partnership')).toBe(
      `“Partnership working is good.” ${text}. https://example.org/read/a/#p39:~:text=Partnership`,
    );
  });
});
