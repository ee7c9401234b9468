import type { APIRoute } from 'astro';
import { getTermsOfArt } from '../../lib/terms-of-art.ts';

/**
 * The site's explanations of the report's terms of art, by id, for the toggletips on reading
 * pages (src/scripts/toggletips.ts). Fetched once, on the first tap, so the reading pages carry
 * only a link per marked word and not the explanations' text.
 */
export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(
      Object.fromEntries(
        (await getTermsOfArt()).map((t) => [t.id, { term: t.term, explanation: t.explanation, source: t.source }]),
      ),
    ),
    { headers: { 'content-type': 'application/json' } },
  );
