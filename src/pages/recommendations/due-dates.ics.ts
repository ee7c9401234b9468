import { serveFile } from '../../data/action-plan-files.ts';

/** /recommendations/due-dates.ics: written by src/data/action-plan-files.ts. */
export const GET = serveFile('due-dates.ics');
