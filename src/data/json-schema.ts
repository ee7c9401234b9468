/**
 * The JSON Schema of report.json, generated from the zod Report schema (zod 4's own
 * `z.toJSONSchema`), so the published schema cannot drift from the one the build validates with.
 */
import { z } from 'zod';
import { Report } from '../model/schema.ts';

export function reportJsonSchema(schemaUrl: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Report, { target: 'draft-2020-12', io: 'output' }),
    $id: schemaUrl,
    title: 'Inspection report model',
    description: 'One inspection report as structured data: metadata, outline, paragraphs, judgements, recommendations and acronyms.',
  };
}
