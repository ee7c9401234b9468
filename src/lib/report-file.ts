/**
 * The report the site is built from, relative to the project root. REPORT_FILE swaps in another
 * report of the same form (`REPORT_FILE=content/other.txt npx astro build`).
 */
export const REPORT_FILE = process.env.REPORT_FILE ?? 'content/tower-hamlets-2012.txt';
