/**
 * The report's identity in the data: one rule for the report id, the ids that stay unique across
 * reports, and the authority's GSS code from the reviewed list (content/authorities.json).
 *
 * The id is derived from what the report prints (publisher, authority, publication year), never
 * from this report's name, so every report of the same form gets its own.
 */
import { readFileSync } from 'node:fs';
import { slug } from 'github-slugger';
import { AuthoritiesFile, type Report, type ReportIdentity } from '../model/schema.ts';

/**
 * Where the reviewed authority codes live, relative to the project root, named in the build's
 * error. AUTHORITIES_FILE swaps in another list, as REPORT_FILE swaps in another report.
 */
export const AUTHORITIES_FILE = process.env.AUTHORITIES_FILE ?? 'content/authorities.json';

/**
 * "ofsted/london-borough-of-tower-hamlets/2012": publisher, authority as printed, year of
 * publication, each as a slug, joined by "/" so a local id can follow as one more segment.
 */
export function reportId(publisher: string, authority: string, published: string): string {
  return `${slug(publisher)}/${slug(authority)}/${published.slice(0, 4)}`;
}

/** An id unique across reports: "ofsted/london-borough-of-tower-hamlets/2012/sg-3m-4". */
export function dataId(identity: Pick<ReportIdentity, 'id'>, localId: string): string {
  return `${identity.id}/${localId}`;
}

/** A judgement's id within its report: the part's code and the area, "sg-overall-effectiveness". */
export function judgementId(partCode: string, area: string): string {
  return `${partCode}-${slug(area)}`;
}

/** The reviewed list, validated; a mistake in it names the file and the field. */
export function authorities(data: unknown = JSON.parse(readFileSync(AUTHORITIES_FILE, 'utf8'))): AuthoritiesFile {
  const parsed = AuthoritiesFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${AUTHORITIES_FILE}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The report's identity; throws, naming the file and the authority, where the list lacks it. */
export function reportIdentity(
  report: Pick<Report, 'publisher' | 'metadata'>,
  list: AuthoritiesFile = authorities(),
): ReportIdentity {
  const { authority, published } = report.metadata;
  const entry = list.authorities.find((a) => a.name === authority);
  if (!entry) {
    throw new Error(
      `${AUTHORITIES_FILE}: no entry for the authority "${authority}". Add { "name": "${authority}", "gss": "<its GSS code>", "checked": "<where you checked it>" } to "authorities".`,
    );
  }
  return {
    id: reportId(report.publisher, authority, published),
    publisher: report.publisher,
    authority,
    authorityCode: entry.gss,
    published,
  };
}
