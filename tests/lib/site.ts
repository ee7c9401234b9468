import { resolve } from 'node:path';

/** The built site the tests check: dist/, or OUT_DIR when the suite was run with one. */
export const SITE_DIR = resolve(process.env.OUT_DIR ?? 'dist');

/** The same report built for a sub-path deployment (BASE_PATH), beside the main build. */
export const SUBPATH = '/explorer/';
export const SUBPATH_SITE_DIR = `${SITE_DIR}-explorer`;

/** Another report of the same form (a hand-written fixture), built beside the main build. */
export const OTHER_REPORT = 'tests/fixtures/reports/eastmere-crlf-bom.txt';
export const OTHER_SITE_DIR = `${SITE_DIR}-other-report`;
