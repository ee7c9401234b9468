/** Dates as the report prints them ("27 July 2012", "11-22 June 2012") to ISO dates. */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function iso(day: number, month: number, year: number): string | undefined {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return undefined;
  return date.toISOString().slice(0, 10);
}

function monthIndex(name: string | undefined): number {
  return name === undefined ? -1 : MONTHS.indexOf(name.toLowerCase());
}

/** "27 July 2012" to "2012-07-27"; undefined when it is not such a date. */
export function parseDate(text: string): string | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = monthIndex(m[2]);
  return month < 0 ? undefined : iso(Number(m[1]), month, Number(m[3]));
}

/**
 * A date range: "11-22 June 2012", "28 May - 8 June 2012", "29 November 2011 to 6 January 2012".
 * The end must not be before the start.
 */
export function parseDateRange(text: string): { start: string; end: string } | undefined {
  const m =
    /^(\d{1,2})(?:\s+([A-Za-z]+))?(?:\s+(\d{4}))?\s*(?:[-\u2013\u2014]|to)\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(
      text.trim(),
    );
  if (!m) {
    const single = parseDate(text);
    return single ? { start: single, end: single } : undefined;
  }
  const endMonth = monthIndex(m[5]);
  const endYear = Number(m[6]);
  const startMonth = m[2] === undefined ? endMonth : monthIndex(m[2]);
  const startYear = m[3] === undefined ? endYear : Number(m[3]);
  if (endMonth < 0 || startMonth < 0) return undefined;
  const start = iso(Number(m[1]), startMonth, startYear);
  const end = iso(Number(m[4]), endMonth, endYear);
  if (!start || !end || end < start) return undefined;
  return { start, end };
}

/** The date `months` calendar months after an ISO date (clamped to the month's last day). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}
