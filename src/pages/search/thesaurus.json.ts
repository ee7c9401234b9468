import type { APIRoute } from 'astro';
import { getReport } from '../../lib/report.ts';
import { loadThesaurus } from '../../search/load-thesaurus.ts';
import { thesaurusMap } from '../../search/thesaurus.ts';

/**
 * The everyday words search also tries (content/thesaurus.json, checked against the report:
 * the build fails naming the entry whose target the report lacks), without the reviewers' notes.
 * The search page fetches it as its engine loads.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(thesaurusMap(await loadThesaurus(await getReport()))), {
    headers: { 'content-type': 'application/json' },
  });
