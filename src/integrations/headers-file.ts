import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerContentSecurityPolicy } from '../lib/security-policy.ts';

/**
 * Writes `_headers` into the output: the response headers that Netlify and Cloudflare Pages read
 * from it (other hosts: see docs/deploying.md). The policy is the one the layout's <meta>
 * tag carries, plus what only a header can say (frame-ancestors).
 *
 * An integration rather than a file in public/, because the policy lives in
 * src/lib/security-policy.ts and a copy would drift; and rather than a page route, because Astro
 * does not route files whose names start with "_".
 */
export function headersFile(): AstroIntegration {
  return {
    name: 'report-explorer:headers-file',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const headers = [
          '/*',
          `  Content-Security-Policy: ${headerContentSecurityPolicy}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '',
        ].join('\n');
        await writeFile(fileURLToPath(new URL('_headers', dir)), headers);
      },
    },
  };
}
