import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

/**
 * Global setup of the `browser` project: finds the Chromium to drive (installing Debian's
 * package where that is the way, see scripts/lib/chromium.ts), once per run. With none to be
 * had it stops the run with one line naming CHROMIUM_PATH and the package.
 */
export default function setup(project: TestProject) {
  try {
    project.provide('chromiumPath', findChromium());
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
