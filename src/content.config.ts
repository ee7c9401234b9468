import { defineCollection } from 'astro:content';
import { loadModel } from './model/load-model.ts';
import { Paragraph, Recommendation, Report, Section } from './model/schema.ts';

/**
 * Content collections fed by the parsed model and typed by the model's own schemas.
 * `report` holds the whole model as one entry; the others give pages one entry per route.
 */
const report = defineCollection({
  loader: async () => [{ ...(await loadModel()), id: 'report' }],
  schema: Report,
});

const paragraphs = defineCollection({
  loader: async () => (await loadModel()).paragraphs,
  schema: Paragraph,
});

const sections = defineCollection({
  loader: async () => (await loadModel()).outline.map((s) => ({ ...s, id: s.slug })),
  schema: Section,
});

const recommendations = defineCollection({
  loader: async () => (await loadModel()).recommendations,
  schema: Recommendation,
});

export const collections = { report, paragraphs, sections, recommendations };
