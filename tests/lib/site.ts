import { resolve } from 'node:path';

/** The built site the tests check: dist/, or OUT_DIR when the suite was run with one. */
export const SITE_DIR = resolve(process.env.OUT_DIR ?? 'dist');
