import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerContentSecurityPolicy, metaContentSecurityPolicy } from '../../../src/lib/security-policy.ts';
import { builtPages } from '../../lib/built-pages.ts';
import { SITE_DIR } from '../../lib/site.ts';

/** The sources a policy grants to one directive. */
const sources = (policy: string, directive: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive)
    ?.slice(1) ?? [];

describe('the Content-Security-Policy', () => {
  it('should allow scripts from the site and Pagefind’s WebAssembly, and nothing inline', () => {
    expect(sources(metaContentSecurityPolicy, 'default-src')).toEqual(["'self'"]);
    expect(sources(metaContentSecurityPolicy, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(sources(metaContentSecurityPolicy, 'style-src')).toEqual(["'self'"]);
    expect(metaContentSecurityPolicy).not.toContain('unsafe-inline');
    expect(metaContentSecurityPolicy).not.toContain("'unsafe-eval'");
  });

  it('should be the first thing after the charset on every page, before any script or stylesheet', async () => {
    const wrong: string[] = [];
    for (const page of await builtPages()) {
      const head = page.elements.filter((e) => ['meta', 'link', 'script', 'style', 'title', 'base'].includes(e.name));
      const index = head.findIndex(
        (e) => e.name === 'meta' && e.attributes['http-equiv']?.toLowerCase() === 'content-security-policy',
      );
      const firstLoad = head.findIndex((e) => ['link', 'script', 'style', 'base'].includes(e.name));
      if (index === -1) wrong.push(`${page.file}: no policy`);
      else if (head[index]!.attributes.content !== metaContentSecurityPolicy)
        wrong.push(`${page.file}: a different policy`);
      else if (firstLoad !== -1 && firstLoad < index)
        wrong.push(`${page.file}: <${head[firstLoad]!.name}> comes before the policy`);
    }
    expect(wrong).toEqual([]);
  });

  it('should be sent as a header by hosts that read _headers', async () => {
    const headers = await readFile(join(SITE_DIR, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toContain(`  Content-Security-Policy: ${headerContentSecurityPolicy}\n`);
  });
});
