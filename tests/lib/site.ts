import { resolve } from 'node:path';
import { inject } from 'vitest';
import type { SiteVariant } from '../../scripts/lib/site-process.ts';

/** The built site the tests check: dist/, or OUT_DIR when the suite was run with one. */
export const SITE_DIR = resolve(process.env.OUT_DIR ?? 'dist');

/** The same report built for a sub-path deployment (BASE_PATH), beside the main build. */
export const SUBPATH = '/explorer/';
export const SUBPATH_SITE_DIR = `${SITE_DIR}-explorer`;

/** Another report of the same form (a hand-written fixture), built beside the main build. */
export const OTHER_REPORT = 'tests/fixtures/reports/eastmere-crlf-bom.txt';
export const OTHER_SITE_DIR = `${SITE_DIR}-other-report`;
/** The fixture reports' authorities, which are made up and so kept out of content/authorities.json. */
export const FIXTURE_AUTHORITIES = 'tests/fixtures/reports/authorities.json';

/** The three builds the `site` and `browser` projects check, each made once per run (tests/setup/sites.ts). */
/** The public address the root and sub-path builds are given (SITE_URL), as a deployment would be. */
export const TEST_SITE_URL = 'https://reports.example.org';

/**
 * The root and sub-path builds are made as a deployment makes them, with the site's address;
 * the other report's build is made as `npm start` makes one, without it.
 */
export type SiteName = 'root' | 'subpath' | 'other';
export const SITES: Record<SiteName, SiteVariant> = {
  root: { outDir: SITE_DIR, site: TEST_SITE_URL },
  subpath: { outDir: SUBPATH_SITE_DIR, base: SUBPATH, site: TEST_SITE_URL },
  other: { outDir: OTHER_SITE_DIR, reportFile: OTHER_REPORT, authoritiesFile: FIXTURE_AUTHORITIES },
};

/** What a site's build printed in this run (undefined under SKIP_BUILD=1, which builds nothing). */
export function buildLog(name: SiteName): string | undefined {
  return inject('sites')[name].buildLog;
}

/** The address a site is served at in this run, with its base path and a trailing slash. */
export function siteUrl(name: SiteName = 'root'): string {
  return inject('sites')[name].url;
}
