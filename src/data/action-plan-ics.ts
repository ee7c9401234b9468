/**
 * The recommendations' due dates as a calendar (the `ics` package, which folds and escapes lines
 * per RFC 5545): one all-day event per recommendation on the day it falls due, titled by its
 * reference and opening words, with the whole recommendation and its page in the description.
 */
import { createEvents, type EventAttributes } from 'ics';
import { recommendationName } from '../lib/recommendation-name.ts';
import { dueText, type ActionPlan } from './action-plan.ts';

const dayOf = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};

/** The day after an ISO date, as an all-day event's exclusive end. */
const dayAfter = (iso: string): [number, number, number] => {
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
};

export function actionPlanIcs(plan: ActionPlan): Uint8Array {
  const isLink = /^https?:\/\//.test(plan.pageUrl);
  const events: EventAttributes[] = plan.rows.map((row) => ({
    uid: `${row.uid}@${plan.identity.id.replaceAll('/', '.')}`,
    productId: 'inspection-report-explorer',
    calName: `Recommendations due: ${plan.identity.authority} (${plan.identity.publisher}, ${plan.publishedAsPublished})`,
    start: dayOf(row.due),
    end: dayAfter(row.due),
    title: `Due: ${row.reference}, ${recommendationName(row.text)}`,
    description: `${row.text}\n\n${row.timescale}, due ${dueText(row.due)}. ${row.part}.\n${plan.identity.publisher}, ${plan.title}: ${plan.identity.authority}, published ${plan.publishedAsPublished}.`,
    ...(isLink && /^https?:\/\//.test(row.url) ? { url: row.url } : {}),
    transp: 'TRANSPARENT',
  }));
  const { error, value } = createEvents(events);
  if (error || !value)
    throw new Error(`the action plan's calendar could not be written: ${error?.message ?? 'no output'}`);
  return new TextEncoder().encode(value);
}
