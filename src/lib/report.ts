import { getEntry } from 'astro:content';
import type { Report } from '../model/schema.ts';

/** The whole validated model, from the `report` content collection. */
export async function getReport(): Promise<Report> {
  const entry = await getEntry('report', 'report');
  if (!entry) throw new Error('the report collection is empty: run the build through `npm run build`');
  return entry.data as Report;
}
