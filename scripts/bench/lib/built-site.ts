/**
 * One fresh build of the site for the benchmark modules that measure it, made once per
 * `npm run bench` into a temporary folder, so dist/ and other builds are left alone. It is built
 * as a deployment builds it, with the site's public address (SITE_URL), so the pages carry their
 * canonical links and the sitemap exists (the sample pages are found in it); the address is a
 * placeholder no request goes to. `removeBuiltSite()` deletes it when the benchmark is done.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite } from '../../lib/site-process.ts';

export interface BuiltSite {
  dir: string;
  /** Milliseconds `astro build` took: parse, pages, search index and the files made after. */
  buildMs: number;
}

const DEPLOYED_AT = 'https://reports.example.org';

let built: Promise<BuiltSite> | undefined;

let folder: string | undefined;

export function builtSite(): Promise<BuiltSite> {
  built ??= build();
  return built;
}

/** Deletes the benchmark's build, with the cache Astro kept beside it, if one was made. */
export async function removeBuiltSite(): Promise<void> {
  if (folder) await rm(folder, { recursive: true, force: true });
}

async function build(): Promise<BuiltSite> {
  // Inside the project: Astro keeps a build's prerender chunks beside an output folder
  // under the working directory, but in ./.astro/ for one outside it, which two such builds
  // at once would share.
  await mkdir(join('node_modules', '.cache'), { recursive: true });
  // The site in a folder of its own, so that what Astro keeps beside the output folder
  // (astro.config.mjs names it) is inside it too and goes with it.
  folder = await mkdtemp(join('node_modules', '.cache', 'bench-'));
  const dir = join(folder, 'site');
  const started = performance.now();
  await buildSite({ outDir: dir, site: DEPLOYED_AT });
  return { dir, buildMs: Math.round(performance.now() - started) };
}
