/**
 * What `npm start`'s server refuses before Astro's preview server sees a request.
 *
 * Written here because `astro preview` answers 500, and logs a stack trace, for a path
 * with an encoded slash (`/..%2Fdist-x/`: its `fileURLToPath` throws), and serves whatever a
 * path that decodes to `..` resolves to. A path a static site never links to is refused with a
 * 4xx here: one that does not decode, that decodes to a slash, backslash, NUL or a dot segment,
 * or that is longer than any URL the site makes.
 */
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { downloadType } from '../../src/lib/download-types.ts';

/** Longer than any URL the site makes by far, shorter than what proxies commonly refuse. */
export const MAX_URL_LENGTH = 2048;

/** The status to refuse `url` (a request line's target) with, or undefined to serve it. */
export function refusal(url: string): { status: 400 | 414; reason: string } | undefined {
  if (url.length > MAX_URL_LENGTH) return { status: 414, reason: 'URI Too Long' };
  const path = url.split(/[?#]/, 1)[0]!;
  if (!path.startsWith('/')) return { status: 400, reason: 'Bad Request' };
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { status: 400, reason: 'Bad Request' };
    }
    if (/[/\\\0]/.test(decoded) || decoded === '.' || decoded === '..') return { status: 400, reason: 'Bad Request' };
  }
  return undefined;
}

/**
 * Puts `refusal` in front of every request the server handles, then `redirect` (where a request
 * that passes should go instead, if anywhere: a permanent redirect).
 */
export function guardRequests(server: Server, redirect: (url: string) => string | undefined = () => undefined): void {
  const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    const refused = refusal(url);
    if (refused) {
      res.writeHead(refused.status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`${refused.status} ${refused.reason}\n`);
      return;
    }
    const location = redirect(url);
    if (location !== undefined) {
      res.writeHead(301, { location, 'content-type': 'text/plain; charset=utf-8' });
      res.end(`301 Moved Permanently: ${location}\n`);
      return;
    }
    sendDownloadType(url, res);
    for (const handler of handlers) handler.call(server, req, res);
  });
}

/**
 * Gives a download its media type where the static server leaves it blank (Vite's knows no type
 * for .xlsx or .docx): the type goes in at writeHead, the one place every answer passes.
 */
function sendDownloadType(url: string, res: ServerResponse): void {
  const type = downloadType(url);
  if (!type) return;
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
  res.writeHead = ((status: number, headers?: OutgoingHttpHeaders) => {
    const given = headers?.['Content-Type'] ?? headers?.['content-type'] ?? res.getHeader('content-type');
    if (status !== 200 || given) return writeHead(status, headers);
    // A blank type in `headers` would override the one set here, so it goes.
    const { 'Content-Type': _blank, 'content-type': _blankToo, ...rest } = headers ?? {};
    return writeHead(status, { ...rest, 'content-type': type });
  }) as ServerResponse['writeHead'];
}
