/**
 * The action plan's columns, shared by the build-time files (src/data/action-plan.ts) and the
 * briefing pack's action-plan export in the browser. Pure data with no import.
 */

/** The statuses the RAG column offers, as its drop-down lists them. */
export const RAG_STATUSES = ['Red', 'Amber', 'Green', 'Complete'] as const;

/** The columns the council fills in, in order, with what each is for. */
export const FILL_IN_COLUMNS = [
  { name: 'Action', width: 36, hint: 'What the council will do.' },
  { name: 'Lead officer', width: 18, hint: 'Who answers for it.' },
  { name: 'Success measure', width: 28, hint: 'How progress will be known.' },
  { name: 'RAG status', width: 12, hint: `One of ${RAG_STATUSES.join(', ')}.` },
  { name: 'Progress notes', width: 36, hint: 'What has happened since the last update.' },
  { name: 'Last updated', width: 14, hint: 'The date of the last update.' },
] as const;

/** The columns the report's words fill, in order. */
export const REPORT_COLUMNS = [
  { name: 'Reference', width: 12 },
  { name: 'Recommendation (as published)', width: 50 },
  { name: 'Part', width: 20 },
  { name: 'Timescale', width: 16 },
  { name: 'Due date', width: 14 },
  { name: 'Finding behind it (chosen by this site)', width: 50 },
] as const;
