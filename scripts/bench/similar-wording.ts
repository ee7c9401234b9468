/**
 * How well the similar-wording rule (src/derive/similar-wording.ts) agrees with the reviewed
 * findings behind the recommendations: of the rule's top three paragraphs for each reviewed
 * recommendation, the share that the review names too. The figure a maintainer watches when
 * changing the rule; the review itself is content/recommendation-findings.json.
 */
import { evidence, rulePrecision } from '../../src/derive/evidence.ts';
import { loadReviewedFindings } from '../../src/derive/reviewed-findings.ts';
import { parseReportFile } from '../../src/parser/index.ts';
import { atLeast, type BenchResult } from './lib/types.ts';

const REPORT = 'content/tower-hamlets-2012.txt';

export async function run(): Promise<BenchResult> {
  const report = await parseReportFile(REPORT);
  const reviewed = await loadReviewedFindings(report);
  if (!reviewed.applies) throw new Error(reviewed.why);
  const e = evidence(report, reviewed);
  const top3 = rulePrecision(e, 3);
  const top1 = rulePrecision(e, 1);
  const share = (n: number) => Math.round(n * 1000) / 1000;
  return {
    name: 'similar-wording',
    rows: [
      atLeast(
        `precision of the rule's top 3 against the review (${top3.hits} of ${top3.shown})`,
        share(top3.precision),
        'share',
        0.55,
      ),
      atLeast(
        `precision of the rule's first paragraph (${top1.hits} of ${top1.shown})`,
        share(top1.precision),
        'share',
        0.8,
      ),
      {
        metric: 'reviewed recommendations the rule links to any paragraph',
        value: top1.shown,
        unit: `of ${top3.recommendations}`,
      },
    ],
  };
}
