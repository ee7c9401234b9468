import { execFileSync } from 'node:child_process';

/**
 * Builds the site once before the suite, so built-site and browser tests check the real
 * output of `npm run build`. SKIP_BUILD=1 reuses an existing dist/ while iterating.
 */
export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}
