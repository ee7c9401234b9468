import type { APIRoute } from 'astro';
import { getReport } from '../../lib/report.ts';

/** /data/report.json: the validated model, exactly as the pages are built from it. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getReport(), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
