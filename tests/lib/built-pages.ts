import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import { normaliseBasePath } from '../../src/lib/base-path.ts';
import { SITE_DIR } from './site.ts';

/** The base path the site under test was built for (BASE_PATH at build time). */
export const BASE_PATH = normaliseBasePath(process.env.BASE_PATH);

/** Every HTML file in the built site, relative to it ("read/intro/index.html"), sorted. */
export async function htmlFiles(root = SITE_DIR): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The URL path a file is served at: "read/intro/index.html" → "/read/intro/" (with the base path). */
export function pathOfFile(file: string): string {
  return BASE_PATH + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The URL paths sitemap.xml lists, with the base path ("/", "/read/intro/", ...). */
export async function sitemapPaths(root = SITE_DIR): Promise<string[]> {
  const xml = await readFile(join(root, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!.replace(/&amp;/g, '&')).pathname);
}

export interface Element {
  name: string;
  attributes: Record<string, string>;
  /** Text directly inside the element (for <title> and <script>). */
  text: string;
}

/** The elements of an HTML document, in order, with their attributes (a flat list is all the checks need). */
export function elementsOf(html: string): Element[] {
  const elements: Element[] = [];
  const open: Element[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element = { name, attributes, text: '' };
        elements.push(element);
        open.push(element);
      },
      ontext(text) {
        const current = open.at(-1);
        if (current) current.text += text;
      },
      onclosetag() {
        open.pop();
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return elements;
}

/** Every built HTML page with its elements, read once per test file. */
export async function builtPages(): Promise<{ file: string; path: string; html: string; elements: Element[] }[]> {
  const files = await htmlFiles();
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(join(SITE_DIR, file), 'utf8');
      return { file, path: pathOfFile(file), html, elements: elementsOf(html) };
    }),
  );
}

/** A redirect page (the `/p/N/` permalinks): it has a meta refresh and is not itself content. */
export function isRedirect(elements: Element[]): boolean {
  return elements.some((e) => e.name === 'meta' && e.attributes['http-equiv']?.toLowerCase() === 'refresh');
}
