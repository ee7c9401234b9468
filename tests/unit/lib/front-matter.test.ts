/** Each labelled front-matter field is shown once: as one of the inspection's facts, or in the footer. */
import { describe, expect, it } from 'vitest';
import { factFields, footerFields } from '../../../src/lib/front-matter.ts';
import type { Metadata } from '../../../src/model/schema.ts';

const metadata: Metadata = {
  title: 'Inspection of safeguarding and looked after children services',
  authority: 'Eastmere County Council',
  inspectionDates: { start: '2013-03-04', end: '2013-03-15', asPublished: '4-15 March 2013' },
  published: '2013-04-19',
  publishedAsPublished: '19 April 2013',
  reportingInspector: 'Joan Fairweather',
  ageGroup: 'All',
  notices: [],
  reproduction: 'This document may be reproduced …',
  copyright: '© Crown copyright 2013',
  fields: [
    { label: 'Inspection dates', value: '4-15 March 2013', line: 7 },
    { label: 'Reporting inspector', value: 'Joan Fairweather', line: 9 },
    { label: 'Age group', value: 'All', line: 11 },
    { label: 'Published', value: '19 April 2013', line: 13 },
    { label: 'Website', value: 'www.ofsted.gov.uk', line: 17 },
  ],
};

describe('factFields', () => {
  it('should give the dates, inspector, age group and publication date with their published labels, in published order', () => {
    expect(factFields(metadata).map((f) => `${f.label}: ${f.value}`)).toEqual([
      'Inspection dates: 4-15 March 2013',
      'Reporting inspector: Joan Fairweather',
      'Age group: All',
      'Published: 19 April 2013',
    ]);
  });

  it('should give each date its ISO form, for <time datetime>, and nothing else one', () => {
    expect(factFields(metadata).map((f) => f.datetime)).toEqual(['2013-03-04', undefined, undefined, '2013-04-19']);
  });
});

describe('footerFields', () => {
  it('should give every other field, so that each field is shown exactly once', () => {
    expect(footerFields(metadata)).toEqual([{ label: 'Website', value: 'www.ofsted.gov.uk', line: 17 }]);
  });

  it('should keep a field the model does not know, in the order published', () => {
    const fields = [
      ...metadata.fields.slice(0, 2),
      { label: 'Lead inspector', value: 'Amir Okafor', line: 10 },
      ...metadata.fields.slice(2),
    ];
    expect(footerFields({ ...metadata, fields }).map((f) => f.label)).toEqual(['Lead inspector', 'Website']);
  });
});
