/** `/icons/{size}.png`: the favicon as the PNG app icons the web app manifest and iOS ask for. */
import type { APIRoute } from 'astro';
import { ICON_SIZES, iconPng } from '../../lib/app-icon.ts';

export function getStaticPaths() {
  return ICON_SIZES.map((size) => ({ params: { size: String(size) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const png = await iconPng(Number(params.size));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
