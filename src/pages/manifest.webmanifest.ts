/**
 * `/manifest.webmanifest`: the web app manifest, so a reader can add the report (saved for
 * offline reading or not) to a phone's home screen under its own name and icon. Names and
 * description come from the report; the scope and start are the site's base path.
 */
import type { APIRoute } from 'astro';
import { ICON_SIZES, themeColour } from '../lib/app-icon.ts';
import { getReport } from '../lib/report.ts';
import { url } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { metadata } = await getReport();
  const manifest = {
    id: url(),
    name: `${metadata.title}: ${metadata.authority}`,
    short_name: metadata.authority,
    description: `${metadata.title}, ${metadata.authority}, published ${metadata.publishedAsPublished}: judgements, recommendations and every paragraph.`,
    lang: 'en',
    start_url: url(),
    scope: url(),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: themeColour,
    icons: [
      ...ICON_SIZES.filter((size) => size !== 180).map((size) => ({
        src: url(`icons/${size}.png`),
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any',
      })),
      { src: url('favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
