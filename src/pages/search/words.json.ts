import type { APIRoute } from 'astro';
import { getReport } from '../../lib/report.ts';
import { searchRecords } from '../../search/records.ts';
import { vocabulary } from '../../search/vocabulary.ts';

/**
 * The report's words, most used first, from the same records the search index is made of
 * (src/search/vocabulary.ts). The search page fetches it only when a query word is not in the
 * index, to correct a misspelling or to say the report never uses the word.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(vocabulary(searchRecords(await getReport()).map((record) => record.content))), {
    headers: { 'content-type': 'application/json' },
  });
