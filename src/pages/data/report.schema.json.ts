import type { APIRoute } from 'astro';
import { reportJsonSchema } from '../../data/json-schema.ts';
import { absolute, url } from '../../lib/urls.ts';

/** /data/report.schema.json: the JSON Schema of report.json, generated from the zod schema. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(reportJsonSchema(absolute(url('data/report.schema.json'), site)), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
