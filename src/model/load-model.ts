import { readFile } from 'node:fs/promises';
import { Report } from './schema.ts';

/** Where the build script leaves the parsed model for Astro and the search indexer. */
export const MODEL_CACHE = 'node_modules/.cache/report-explorer/report.json';

/** The report file the site is built from; REPORT_FILE swaps in another report of the same form. */
export const REPORT_FILE = process.env.REPORT_FILE ?? 'content/tower-hamlets-2012.txt';

let cached: Promise<Report> | undefined;

/**
 * The validated model, as the build script parsed it. Read once per process.
 *
 * Note: the build script parses the text once and writes the model here, so Astro's loaders
 * and the search indexer read one model and nothing downstream parses the text again.
 */
export function loadModel(file = process.env.REPORT_MODEL ?? MODEL_CACHE): Promise<Report> {
  cached ??= readFile(file, 'utf8').then(
    (json) => Report.parse(JSON.parse(json)),
    () => {
      throw new Error(`${file} is missing: build the site with "npm run build", which parses ${REPORT_FILE} first`);
    },
  );
  return cached;
}
