/**
 * A reader who follows a mistyped or out-of-date link to a paragraph or a recommendation (retyped
 * from print, cut short in a message) lands on the 404 page, which points to the one the address
 * meant, or says which the report has; the link works under a sub-path too. Without scripts the
 * page still offers search and the contents, and shows no empty pointer.
 */
import { describeViolations, installAxe, runAxeWithin, WCAG_22_AA } from '../../lib/axe.ts';
import { describe, expect, test as it } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';
import type { SiteName } from '../../lib/site.ts';

const report = await builtModel();
const recommendation = report.recommendations.at(-1)!;
const numbers = report.paragraphs.map((p) => p.number);
const beyond = Math.max(...numbers) + 100;

describe.for(['root', 'subpath'] as SiteName[])('the 404 page (%s)', (name) => {
  it('should point a recommendation code typed in capitals to the recommendation, named by its words', async ({
    siteNamed,
    newContext,
  }) => {
    const site = await siteNamed(name);
    const context = await newContext();
    await installAxe(context);
    const page = await context.newPage();
    const response = await page.goto(site.url(`recommendations/${recommendation.id.toUpperCase()}/`));
    expect(response?.status()).toBe(404);
    const hint = page.locator('[data-not-found-hint]');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.innerText()).toContain(recommendation.id);
    expect(describeViolations(await runAxeWithin(page, ['[data-not-found-hint]'], { tags: WCAG_22_AA }))).toEqual([]);
    await hint.getByRole('link').click();
    await page.waitForURL(site.url(`recommendations/${recommendation.id}/`));
    expect(await page.locator('h1').innerText()).toBe(await page.title().then((title) => title.split(' | ')[0]));
    await context.close();
  });

  it('should say which numbers the paragraphs run between for one the report does not have, and lead to the contents', async ({
    siteNamed,
    newContext,
  }) => {
    const site = await siteNamed(name);
    const page = await (await newContext()).newPage();
    expect((await page.goto(site.url(`p/${beyond}/`)))?.status()).toBe(404);
    const hint = page.locator('[data-not-found-hint]');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.innerText()).toContain(`numbered ${Math.min(...numbers)} to ${Math.max(...numbers)}`);
    await hint.getByRole('link', { name: 'Browse the contents' }).click();
    await page.waitForURL(site.url('read/'));
    expect(await page.locator('h1').innerText()).toBe('Contents');
    await page.close();
  });

  it('should show no pointer for an address that names neither, nor without scripts', async ({
    siteNamed,
    newContext,
  }) => {
    const site = await siteNamed(name);
    const page = await (await newContext()).newPage();
    expect((await page.goto(site.url('nowhere/at/all/')))?.status()).toBe(404);
    expect(await page.locator('[data-not-found-hint]').isVisible()).toBe(false);
    await page.close();
    const context = await newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    expect((await plain.goto(site.url(`p/${beyond}/`)))?.status()).toBe(404);
    expect(await plain.locator('[data-not-found-hint]').isVisible()).toBe(false);
    expect(await plain.locator('main').getByRole('searchbox', { name: 'Search the report' }).isVisible()).toBe(true);
    await context.close();
  });
});
