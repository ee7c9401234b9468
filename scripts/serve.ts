/**
 * `npm start` (after the build) and `npm run preview`: serves the built site with Astro's
 * preview server, as a static host would (the 404 page, the base path, and a folder's address
 * without its trailing slash redirected to it), on localhost.
 *
 * PORT (default 4321) and HOST (default localhost) say where; OUT_DIR and BASE_PATH must match
 * the build (astro.config.mjs reads them). Prints one line with the address once it listens.
 */
import { Server } from 'node:http';
import { preview } from 'astro';
import { normaliseBasePath } from '../src/lib/base-path.ts';
import { guardRequests } from './lib/request-guard.ts';
import { slashRedirect } from './lib/trailing-slash.ts';

const server = await preview({
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? 'localhost' },
  logLevel: process.env.LOG_LEVEL === 'silent' ? 'silent' : 'warn',
});
// `server` is the preview server's http.Server, which Astro returns but does not type.
const http = (server as { server?: unknown }).server;
if (!(http instanceof Server)) {
  process.stderr.write('serve: astro preview did not return its HTTP server; scripts/serve.ts needs updating\n');
  await server.stop();
  process.exit(1);
}
// The same folder and base path astro.config.mjs builds with.
const outDir = process.env.OUT_DIR ?? 'dist';
const base = normaliseBasePath(process.env.BASE_PATH);
guardRequests(http, (url) => slashRedirect(url, outDir, base));
const address = server.urls?.local[0] ?? `http://${server.host ?? 'localhost'}:${server.port}/`;
process.stdout.write(`The report explorer is at ${address} (Ctrl+C to stop)\n`);
