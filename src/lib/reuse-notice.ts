/**
 * A plain explanation of a report's reuse notice, from the reviewed list in
 * content/reuse-notices.json. Only a notice printed exactly as reviewed gets one: an explanation
 * written for other words could say what the report does not.
 */
import { z } from 'zod';
import noticesJson from '../../content/reuse-notices.json' with { type: 'json' };

const ReuseNotices = z.object({
  about: z.string().min(1),
  notices: z.array(z.object({ notice: z.string().min(1), explanation: z.string().min(20) })).min(1),
});

/** The site's explanation of `notice`, or undefined where none was reviewed for these words. */
export function reuseExplanation(notice: string, data: unknown = noticesJson): string | undefined {
  const parsed = ReuseNotices.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `content/reuse-notices.json: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`,
    );
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  return parsed.data.notices.find((n) => squash(n.notice) === squash(notice))?.explanation;
}
