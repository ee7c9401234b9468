import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's one Chromium listens for Playwright (chromium.connect). */
    browserEndpoint: string;
    /** That Chromium's executable, for the few tests that need a browser of their own (a persistent profile). */
    chromiumPath: string;
  }
}

/**
 * Global setup of the `browser` project: finds the Chromium to drive (installing Debian's
 * package where that is the way, see scripts/lib/chromium.ts) and starts it once for the run;
 * each test file connects to it and works in its own contexts. With no browser to be had it
 * stops the run with one line naming CHROMIUM_PATH and the package.
 *
 * One browser for the run rather than one per file: a launch costs about a second of
 * CPU, and on two cores that is time the tests themselves need.
 */
export default async function setup(project: TestProject) {
  let executablePath: string;
  try {
    executablePath = findChromium('test');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const server = await chromium.launchServer({ executablePath, args: CHROMIUM_FLAGS });
  project.provide('browserEndpoint', server.wsEndpoint());
  project.provide('chromiumPath', executablePath);
  return () => server.close();
}
