import type { APIRoute } from 'astro';
import { getReport } from '../../lib/report.ts';
import { buildPackCatalogue } from '../../packs/catalogue.ts';

/**
 * /pack/items.json: every paragraph and recommendation with what the pack page shows and cites
 * (section, grade, text as published, permalink). Fetched only by the pack page's script.
 *
 * Note: compact JSON (no indentation); it is most of the report's text, about 40 KB gzipped.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildPackCatalogue(await getReport())), { headers: { 'content-type': 'application/json' } });
