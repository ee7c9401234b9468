/**
 * `npm start` (after the build) and `npm run preview`: serves the built site with Astro's
 * preview server, as a static host would (the 404 page, the base path), on localhost.
 *
 * PORT (default 4321) and HOST (default localhost) say where; OUT_DIR and BASE_PATH must match
 * the build (astro.config.mjs reads them). Prints one line with the address once it listens.
 */
import { Server } from 'node:http';
import { preview } from 'astro';
import { guardRequests } from './lib/request-guard.ts';

const server = await preview({
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? 'localhost' },
  logLevel: process.env.LOG_LEVEL === 'silent' ? 'silent' : 'warn',
});
// Note: `server` is the preview server's http.Server, which Astro returns but does not type.
const http = (server as { server?: unknown }).server;
if (!(http instanceof Server)) {
  process.stderr.write('serve: astro preview did not return its HTTP server; scripts/serve.ts needs updating\n');
  await server.stop();
  process.exit(1);
}
guardRequests(http);
const address = server.urls?.local[0] ?? `http://${server.host ?? 'localhost'}:${server.port}/`;
process.stdout.write(`The report explorer is at ${address} (Ctrl+C to stop)\n`);
