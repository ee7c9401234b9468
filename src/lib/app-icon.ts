/**
 * The report's app icons, drawn from the site's favicon (public/favicon.svg) so the saved report
 * on a phone's home screen looks like the tab it came from.
 *
 * Sharp (the image library Astro itself uses) rasterises the SVG, as home screens want
 * PNGs: Android asks for 192 and 512 pixels, iOS for a 180-pixel "apple-touch-icon".
 */
import sharp from 'sharp';
import favicon from '../../public/favicon.svg?raw';

/** The sizes, in pixels, of the square PNG icons the build writes to `/icons/{size}.png`. */
export const ICON_SIZES = [180, 192, 512] as const;

/** The favicon as a square PNG of `size` pixels. */
export function iconPng(size: number): Promise<Buffer> {
  const width = Number(/viewBox="[\d.]+ [\d.]+ ([\d.]+)/.exec(favicon)?.[1] ?? 32);
  // Density is the SVG's dots per inch; 72 draws one pixel per SVG unit, so scale from there.
  return sharp(Buffer.from(favicon), { density: (72 * size) / width })
    .resize(size, size)
    .png()
    .toBuffer();
}

/** The colour of the favicon's background, for the app's title bar (`theme_color`). */
export const themeColour = /<rect[^>]*\bfill="(#[0-9a-fA-F]{3,8})"/.exec(favicon)?.[1] ?? '#ffffff';
