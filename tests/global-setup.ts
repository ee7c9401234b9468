import { execFileSync } from 'node:child_process';
import { OTHER_REPORT, OTHER_SITE_DIR, SITE_DIR, SUBPATH, SUBPATH_SITE_DIR } from './lib/site.ts';

/**
 * Builds the sites the suite checks, once, with the real `npm run build`: the report at the
 * root (SITE_DIR), the same report under a sub-path, and another report of the same form.
 * SKIP_BUILD=1 reuses existing builds while iterating.
 */
export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  const builds: Record<string, string>[] = [
    { OUT_DIR: SITE_DIR },
    { OUT_DIR: SUBPATH_SITE_DIR, BASE_PATH: SUBPATH },
    { OUT_DIR: OTHER_SITE_DIR, REPORT_FILE: OTHER_REPORT },
  ];
  for (const env of builds) {
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env: { ...process.env, ...env } });
  }
}
