/**
 * The JSON Schema of report.json, generated from the zod Report schema (zod 4's own
 * `z.toJSONSchema`), so the published schema cannot drift from the one the build validates with.
 */
import { z } from 'zod';
import { PublishedReport } from '../model/schema.ts';

export function reportJsonSchema(schemaUrl: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PublishedReport, { target: 'draft-2020-12', io: 'output' }),
    $id: schemaUrl,
    title: 'Inspection report model',
    description:
      'One inspection report as structured data: its identity across reports, metadata, outline, paragraphs, judgements, recommendations and acronyms; every paragraph, recommendation and judgement names its report.',
  };
}
