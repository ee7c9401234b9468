/**
 * One fresh build of the site for the benchmark modules that measure it, made once per
 * `npm run bench` into a temporary folder, so dist/ and other builds are left alone. It is built
 * as a deployment builds it, with the site's public address (SITE_URL), so the pages carry their
 * canonical links and the sitemap exists (the sample pages are found in it); the address is a
 * placeholder no request goes to.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite } from '../../lib/site-process.ts';

export interface BuiltSite {
  dir: string;
  /** Milliseconds `astro build` took: parse, pages, search index and the files made after. */
  buildMs: number;
}

const DEPLOYED_AT = 'https://reports.example.org';

let built: Promise<BuiltSite> | undefined;

export function builtSite(): Promise<BuiltSite> {
  built ??= build();
  return built;
}

async function build(): Promise<BuiltSite> {
  // Note: inside the project: Astro keeps a build's prerender chunks beside an output folder
  // under the working directory, but in ./.astro/ for one outside it, which two such builds
  // at once would share.
  await mkdir(join('node_modules', '.cache'), { recursive: true });
  const dir = await mkdtemp(join('node_modules', '.cache', 'bench-site-'));
  const started = performance.now();
  await buildSite({ outDir: dir, site: DEPLOYED_AT });
  return { dir, buildMs: Math.round(performance.now() - started) };
}
