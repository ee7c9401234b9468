import type { APIRoute } from 'astro';
import { getReport } from '../../lib/report.ts';
import { searchRecords } from '../../search/records.ts';

/**
 * The search records, derived from the model, for the search-index integration
 * (src/integrations/search-index.ts) to hand to Pagefind. It is not part of the published
 * site: after the build the integration indexes it and deletes it; under `astro dev` the
 * integration reads it from the dev server to index what the text says now.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchRecords(await getReport())), { headers: { 'content-type': 'application/json' } });
