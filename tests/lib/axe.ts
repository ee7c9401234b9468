import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** WCAG 2.2 AA, as axe tags it: every A and AA rule from 2.0, 2.1 and 2.2. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

/**
 * Puts axe-core (the copy @axe-core/playwright itself uses) into every page the context opens.
 *
 * Note: AxeBuilder injects axe's half-megabyte source again on every analyze() and opens a
 * blank page to finish the run; on this 2-core machine that made each run take 4-5 s against
 * 0.3 s for axe.run() on a page that already has axe. With ~70 pages checked in two colour
 * schemes, that is the difference between one minute and ten. The rules and tags are axe's own.
 */
export async function installAxe(context: BrowserContext): Promise<void> {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
  await context.addInitScript(readFileSync(fromBuilder.resolve('axe-core/axe.min.js'), 'utf8'));
}

/** Runs axe on the page with the given tags or rules; returns only the violations. */
export async function runAxe(page: Page, only: { tags: string[] } | { rules: string[] }): Promise<AxeViolation[]> {
  const runOnly = 'tags' in only ? { type: 'tag', values: only.tags } : { type: 'rule', values: only.rules };
  const options = JSON.stringify({ runOnly, resultTypes: ['violations'] });
  // Note: a string, not a function: Vitest rewrites functions passed to the browser.
  return (await page.evaluate(
    `axe.run(document, ${options}).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  )) as AxeViolation[];
}
