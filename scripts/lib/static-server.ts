import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/**
 * Serves a built site the way a static host does: files under `base`, `dir/` as
 * `dir/index.html`, and the site's 404 page with status 404 for anything else.
 */
export function serveStatic(options: { root: string; base?: string; port?: number; host?: string }): Promise<RunningServer> {
  const root = resolve(options.root);
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send404 = async () => {
      const page = join(root, '404.html');
      const found = await stat(page).catch(() => undefined);
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (found) createReadStream(page).pipe(res);
      else res.end('Not found');
    };
    if (!path.startsWith(base)) return send404();
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(root)) return send404();
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` });
        return res.end();
      }
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) return send404();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': info.size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        url: `http://${options.host ?? '127.0.0.1'}:${port}${base}`,
        server,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
