import type { APIRoute, GetStaticPaths } from 'astro';
import { getReport } from '../../../lib/report.ts';
import { buildPackCatalogue, type CatalogueEntry } from '../../../packs/catalogue.ts';

/**
 * /pack/items/{id}.json: one paragraph or recommendation as the pack page shows, cites and
 * exports it (section, text as published, permalink). A pack fetches only its own items, so a
 * pack of three costs three small files, not the whole report.
 */
export const getStaticPaths = (async () =>
  buildPackCatalogue(await getReport()).items.map((entry) => ({
    params: { id: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CatalogueEntry }> = ({ props }) =>
  new Response(JSON.stringify(props.entry), { headers: { 'content-type': 'application/json' } });
