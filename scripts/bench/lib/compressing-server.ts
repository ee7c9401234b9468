/**
 * The built site served the way a CDN serves it: gzip for text, and long cache lifetimes for
 * Astro's content-hashed files. Lighthouse's simulated mobile network times the bytes a page
 * really costs, so serving uncompressed (as the loopback test server does) would understate it.
 *
 * A gzipping proxy in front of the server `npm start` runs (scripts/serve.ts), so the
 * files, paths and 404 page are exactly the ones it serves; written by hand because that
 * server compresses only some answers, sets no cache lifetimes, and no static-server package
 * here sends gzip the way CDNs do.
 */
import { createServer, request } from 'node:http';
import { createGzip } from 'node:zlib';
import { serveSite } from '../../lib/site-process.ts';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json|wasm)|image\/svg\+xml)/;

export async function serveCompressed(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const origin = await serveSite({ outDir: root });
  const target = new URL(origin.url);
  const server = createServer((req, res) => {
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        const headers = { ...answer.headers };
        const type = String(headers['content-type'] ?? '');
        if (req.url?.startsWith('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
        else headers['cache-control'] = 'public, max-age=600';
        // Astro's preview server compresses some answers itself; those pass as they are,
        // since compressing them again would send the browser gzip inside gzip.
        if (
          !headers['content-encoding'] &&
          COMPRESSIBLE.test(type) &&
          /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
        ) {
          delete headers['content-length'];
          res.writeHead(answer.statusCode ?? 200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
          answer.pipe(createGzip()).pipe(res);
        } else {
          res.writeHead(answer.statusCode ?? 200, headers);
          answer.pipe(res);
        }
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await origin.close();
    },
  };
}
