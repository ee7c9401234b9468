import { serveFile } from '../../data/action-plan-files.ts';

/** /recommendations/action-plan.xlsx: written by src/data/action-plan-files.ts. */
export const GET = serveFile('action-plan.xlsx');
