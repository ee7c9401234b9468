/**
 * The action plan's downloads, written once per build and shared by their endpoints and by the
 * pages that offer them (which name each file's size beside its link).
 */
import type { APIRoute } from 'astro';
import { DOWNLOAD_TYPES } from '../lib/download-types.ts';
import { getEvidence } from '../lib/evidence.ts';
import { getReport } from '../lib/report.ts';
import { slug } from 'github-slugger';
import type { Evidence, Report } from '../model/schema.ts';
import { actionPlan } from './action-plan.ts';
import { actionPlanDocx } from './action-plan-docx.ts';
import { actionPlanIcs } from './action-plan-ics.ts';
import { actionPlanXlsx } from './action-plan-xlsx.ts';

export interface PlanFile {
  /** The file's path under /recommendations/. */
  file: string;
  /** The name a download saves as, naming the report so files from many reports stay apart. */
  saveAs: string;
  /** What a link calls it, before its format and size. */
  label: string;
  format: string;
  contentType: string;
  body: Uint8Array;
}

const FILES = [
  {
    file: 'action-plan.xlsx',
    label: 'Action plan workbook',
    format: 'Excel',
    contentType: DOWNLOAD_TYPES['.xlsx'],
  },
  {
    file: 'action-plan.docx',
    label: 'Action plan document',
    format: 'Word',
    contentType: DOWNLOAD_TYPES['.docx'],
  },
  {
    file: 'due-dates.ics',
    label: 'Due dates calendar',
    format: 'iCalendar',
    contentType: DOWNLOAD_TYPES['.ics'],
  },
] as const;

let cached: { report: Report; evidence: Evidence; site: string; files: Promise<PlanFile[]> } | undefined;

/** The three files, for the site's address `site` (absolute links where it is known). */
export async function actionPlanFiles(site: URL | undefined): Promise<PlanFile[]> {
  const report = await getReport();
  const evidence = await getEvidence();
  // Written again only when the model or the review changes (astro dev) or the address differs.
  if (!cached || cached.report !== report || cached.evidence !== evidence || cached.site !== String(site)) {
    const plan = actionPlan(report, evidence, site);
    const stem = slug(plan.identity.id.replaceAll('/', ' '));
    const saveAs = (file: string) => file.replace(/(\.\w+)$/, `-${stem}$1`);
    const bodies = Promise.all([actionPlanXlsx(plan), actionPlanDocx(plan), actionPlanIcs(plan)]);
    const files = bodies.then((b) => FILES.map((f, i) => ({ ...f, saveAs: saveAs(f.file), body: b[i]! })));
    cached = { report, evidence, site: String(site), files };
  }
  return cached.files;
}

/** An endpoint's GET for one of the files (src/pages/recommendations/*.ts). */
export function serveFile(file: string): APIRoute {
  return async ({ site }) => {
    const found = (await actionPlanFiles(site)).find((f) => f.file === file);
    if (!found) return new Response(null, { status: 404 });
    return new Response(found.body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': found.contentType } });
  };
}

/** "14 KB": a size as a reader judges a download by. */
export function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
