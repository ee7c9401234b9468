/**
 * The site's public paths, relative to wherever it is deployed ("read/{section}/#pN").
 *
 * Kept free of Vite's import.meta.env so the build-time search indexer (plain Node) and
 * the pages (src/lib/urls.ts, which adds the base path) share one rule for every identifier.
 */
export const sectionPath = (slug: string): string => `read/${slug}/`;
export const paragraphPath = (section: string, number: number): string => `${sectionPath(section)}#p${number}`;
export const permalinkPath = (number: number): string => `p/${number}/`;
export const recommendationPath = (id: string): string => `recommendations/${id}/`;
