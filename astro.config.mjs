// @ts-check
import { defineConfig } from 'astro/config';

/**
 * BASE_PATH deploys the site under a sub-path (`BASE_PATH=/explorer/ npm run build`);
 * SITE_URL, where known, makes canonical and share links absolute.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Note: no prefetch, fonts or analytics: the site sends no request to another origin.
  devToolbar: { enabled: false },
  telemetry: false,
});
