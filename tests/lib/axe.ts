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
 * AxeBuilder injects axe's half-megabyte source again on every analyze() and opens a
 * blank page to finish the run; on this 2-core machine that made each run take 4-5 s against
 * 0.3 s for axe.run() on a page that already has axe. With ~70 pages checked in two colour
 * schemes, that is the difference between one minute and ten. The rules and tags are axe's own.
 */
export async function installAxe(context: BrowserContext): Promise<void> {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
  await context.addInitScript(readFileSync(fromBuilder.resolve('axe-core/axe.min.js'), 'utf8'));
}

/** Which of axe's rules to run: those with the given tags, or the named rules. */
export type AxeRules = { tags: string[] } | { rules: string[] };

/** The rules whose outcome the colour scheme can change; a check in dark mode reruns only these. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe on the whole page with the given tags or rules; returns only the violations. */
export function runAxe(page: Page, only: AxeRules): Promise<AxeViolation[]> {
  return axeRun(page, 'document', only);
}

/**
 * Runs axe on the parts of the page the selectors name, and nothing else; returns only the
 * violations.
 *
 * For a state of a page the every-page axe test never sees (an open panel, results shown,
 * matches marked): the rest of the page is checked there, so only the part that changed is
 * checked again. A selector that matches nothing is an error (axe itself would only say so when
 * none of them matches), so the check cannot pass by checking nothing.
 */
export async function runAxeWithin(page: Page, selectors: string[], only: AxeRules): Promise<AxeViolation[]> {
  for (const selector of selectors) {
    if ((await page.locator(selector).count()) === 0)
      throw new Error(`axe was to check ${selector}, which is not on the page`);
  }
  return axeRun(page, JSON.stringify({ include: selectors.map((selector) => [selector]) }), only);
}

async function axeRun(page: Page, context: string, only: AxeRules): Promise<AxeViolation[]> {
  const runOnly = 'tags' in only ? { type: 'tag', values: only.tags } : { type: 'rule', values: only.rules };
  const options = JSON.stringify({ runOnly, resultTypes: ['violations'] });
  // A string, not a function: Vitest rewrites functions passed to the browser.
  return (await page.evaluate(
    `axe.run(${context}, ${options}).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  )) as AxeViolation[];
}

/** Violations as lines a failure can be read from. */
export const describeViolations = (violations: AxeViolation[]) =>
  violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => JSON.stringify(n.target))
        .slice(0, 5)
        .join(', ')})`,
  );
