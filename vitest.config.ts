import { defineConfig } from 'vitest/config';

/**
 * Three projects, by what a test needs:
 * - unit: parser, model, derive, packs, search records and pure browser-script modules; no build;
 * - site: checks of the built HTML and files (the sites are built once per run, tests/setup/sites.ts);
 * - browser: the built sites served and driven in Chromium (tests/setup/browser.ts finds it).
 */
export default defineConfig({
  test: {
    passWithNoTests: false,
    // Two files at a time on a two-core machine (Vitest's default is one fewer than the
    // cores): browser tests spend much of their time waiting on Chromium, not on a core.
    maxWorkers: 2,
    // Worker threads, each keeping its modules from one test file to the next (playwright-core,
    // the model, the test helpers): loading them afresh for each of ninety files cost a minute of
    // a two-core run. The tests keep no state in shared modules and mock nothing, so a file sees
    // what it would alone; each file's own module state is still its own.
    pool: 'threads',
    isolate: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // A property test parses the report dozens of times; on a busy two-core machine
          // that can take longer than Vitest's default of 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/setup/sites.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/sites.ts', 'tests/setup/browser.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
