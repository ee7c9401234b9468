import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../data/csv.ts';
import { dataTables } from '../../data/tables.ts';
import { DOWNLOAD_TYPES } from '../../lib/download-types.ts';
import { getEvidence } from '../../lib/evidence.ts';
import { getReport } from '../../lib/report.ts';

/** /data/{table}.csv for each table in src/data/tables.ts. */
export const getStaticPaths = (async () => {
  const tables = dataTables(await getReport(), await getEvidence(), undefined);
  return tables.map((t) => ({ params: { table: t.file.replace(/\.csv$/, '') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const table = dataTables(await getReport(), await getEvidence(), site).find((t) => t.file === `${params.table}.csv`);
  if (!table) return new Response(null, { status: 404 });
  return new Response(toCsv(table), { headers: { 'content-type': DOWNLOAD_TYPES['.csv'] } });
};
