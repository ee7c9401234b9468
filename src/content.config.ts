import { defineCollection } from 'astro:content';
import { REPORT_FILE } from './lib/report-file.ts';
import { reportLoader } from './loaders/report-loader.ts';
import { Report } from './model/schema.ts';

/**
 * One collection, `report`, whose one entry is the whole validated model: the pages read it
 * through src/lib/report.ts. One entry rather than a collection per kind (paragraphs,
 * sections...) because every page needs the whole model's cross-references (a paragraph's
 * section, grade, evidence and neighbours), and so the model is validated once per build.
 */
const report = defineCollection({
  loader: reportLoader({ file: REPORT_FILE }),
  schema: Report,
});

export const collections = { report };
