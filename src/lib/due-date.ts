/**
 * When a recommendation fell due, said in words: "due by 27 October 2012 — three months from
 * publication on 27 July 2012". The date itself is the model's (`dueDate`); this only words it.
 */
import type { Recommendation } from '../model/schema.ts';
import { wordForNumber } from './number-words.ts';

// UTC, because the model's dates are calendar dates; a local zone west of Greenwich would
// print the day before.
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2012-10-27" → "27 October 2012". */
export function formatDate(iso: string): string {
  return LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
}

/** 3 → "three months", 1 → "one month"; numbers past twelve stay as digits. */
export function monthsInWords(months: number): string {
  const n = (months <= 12 ? wordForNumber(months) : undefined) ?? String(months);
  return `${n} ${months === 1 ? 'month' : 'months'}`;
}

/** The due date as a sentence fragment, saying it is counted from publication. */
export function dueDateText(rec: Pick<Recommendation, 'months' | 'dueDate'>, published: string): string {
  if (rec.months === 0) return `due immediately — from publication on ${formatDate(published)}`;
  return `due by ${formatDate(rec.dueDate)} — ${monthsInWords(rec.months)} from publication on ${formatDate(published)}`;
}
