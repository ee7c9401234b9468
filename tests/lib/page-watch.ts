import type { Page } from 'playwright-core';

/** What a page did that a reader would not want: errors, requests elsewhere, blocked content. */
export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
  policyViolations: string[];
  /** Empties the lists, between pages. */
  clear: () => void;
  /** Reads the CSP violations the page itself recorded, into policyViolations. */
  collectViolations: () => Promise<void>;
}

/**
 * Watches a page for console errors, uncaught exceptions, requests to any origin but `origin`,
 * and Content-Security-Policy violations (from the `securitypolicyviolation` event, which
 * reports what the policy blocked even when nothing is logged).
 */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = {
    consoleErrors: [],
    foreignRequests: [],
    policyViolations: [],
    clear() {
      watch.consoleErrors.length = 0;
      watch.foreignRequests.length = 0;
      watch.policyViolations.length = 0;
    },
    async collectViolations() {
      const found = (await page.evaluate('window.__cspViolations ?? []').catch(() => [])) as string[];
      watch.policyViolations.push(...found);
    },
  };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    // Data: and blob: URLs are made in the page and never leave the machine.
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
  });
  // A string, not a function: Vitest rewrites functions passed to the browser.
  await page.addInitScript(`
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
    });
  `);
  return watch;
}
