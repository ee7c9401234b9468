/**
 * Everything the report's front matter states is on the site: each labelled field ("Age group:
 * All", "Website: …") on the home page with its label as published, the inspection's facts on
 * the whole-report page too, and dates as machine-readable `<time>`.
 */
import { textContent } from 'domutils';
import { describe, expect, it } from 'vitest';
import { all, attr, builtModel, dom, squash, text } from '../../lib/reading-pages.ts';

const report = await builtModel();
const { metadata } = report;

/** The page's facts list, as "label: value" lines, and its `<time>` elements as "datetime value". */
async function factsOf(file: string) {
  const doc = await dom(file);
  const facts = all(doc, (e) => e.name === 'dl' && (attr(e, 'class') ?? '').split(' ').includes('facts'))[0];
  const terms = facts ? all(doc, (e) => e.name === 'dt' && e.parent === facts).map(text) : [];
  const values = facts ? all(doc, (e) => e.name === 'dd' && e.parent === facts).map(text) : [];
  const times = facts
    ? all(doc, (e) => e.name === 'time' && e.parent?.parent === facts).map((e) => `${attr(e, 'datetime')} ${text(e)}`)
    : [];
  return {
    lines: terms.map((term, i) => `${term.trim()}: ${values[i]?.trim()}`),
    times,
    page: squash(textContent(doc)),
  };
}

describe('the front matter', () => {
  it('should show every labelled field on the home page, with its label as published', async () => {
    const { lines, page } = await factsOf('index.html');
    const missing = metadata.fields.filter(
      (f) => !lines.includes(`${f.label}: ${f.value}`) && !page.includes(squash(`${f.label}: ${f.value}`)),
    );
    expect(metadata.fields.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  for (const file of ['index.html', 'whole-report/index.html']) {
    it(`should list the inspection dates, inspector, age group and publication date on ${file}, dates as <time>`, async () => {
      const { lines, times } = await factsOf(file);
      for (const value of [
        metadata.inspectionDates.asPublished,
        metadata.reportingInspector,
        metadata.ageGroup,
        metadata.publishedAsPublished,
      ]) {
        expect(
          lines.filter((line) => line.endsWith(`: ${value}`)),
          value,
        ).toHaveLength(1);
      }
      expect(times).toEqual(
        expect.arrayContaining([
          `${metadata.inspectionDates.start} ${metadata.inspectionDates.asPublished}`,
          `${metadata.published} ${metadata.publishedAsPublished}`,
        ]),
      );
    });
  }
});
