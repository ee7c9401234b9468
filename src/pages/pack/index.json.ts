import type { APIRoute } from 'astro';
import { getReport } from '../../lib/report.ts';
import { buildPackCatalogue, packIndex } from '../../packs/catalogue.ts';

/**
 * /pack/index.json: what every briefing pack needs whatever it holds (the report's citation
 * details, the sections, every item's id in report order). Fetched only by the pack page, which
 * then fetches the entries of the items it shows from /pack/items/{id}.json.
 *
 * Compact JSON (no indentation).
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(packIndex(buildPackCatalogue(await getReport()))), {
    headers: { 'content-type': 'application/json' },
  });
