/**
 * The footer of every page a reader can land on names the report it comes from, in the words a
 * citation uses, with the report's title marked as a title (`<cite>`) and its publication date
 * as a machine-readable date (`<time datetime>`), so reference managers and assistive technology
 * can tell what the source is and when it was published.
 */
import { findAll } from 'domutils';
import { describe, expect, it } from 'vitest';
import { citedReport, citedSource } from '../../../src/lib/citation.ts';
import { htmlFiles } from '../../lib/built-pages.ts';
import { all, attr, builtModel, dom, text } from '../../lib/reading-pages.ts';

const report = await builtModel();
const files = await htmlFiles();

describe('the footer of every page', () => {
  it('should say "Source:" and the report as a citation names it, its title as <cite> and its date as <time>', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const doc = await dom(file);
      const footer = all(doc, (e) => e.name === 'footer')[0];
      // Redirect pages (`/p/N/`) have no footer: a browser leaves them at once.
      if (!footer) continue;
      const source = findAll((e) => e.name === 'p', footer.children).find((p) => text(p).trim().startsWith('Source:'));
      if (!source) {
        problems.push(`${file}: no source line in the footer`);
        continue;
      }
      const said = text(source).replace(/\s+/g, ' ').trim();
      if (said !== `Source: ${citedSource(citedReport(report))}.`)
        problems.push(`${file}: the source line reads "${said}"`);
      const cites = findAll((e) => e.name === 'cite', source.children).map((e) => text(e));
      if (cites.join('|') !== report.metadata.title) problems.push(`${file}: <cite> holds "${cites.join('|')}"`);
      const times = findAll((e) => e.name === 'time', source.children).map((e) => `${attr(e, 'datetime')} ${text(e)}`);
      if (times.join('|') !== `${report.metadata.published} ${report.metadata.publishedAsPublished}`)
        problems.push(`${file}: <time> holds "${times.join('|')}"`);
    }
    expect(files.length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });
});
