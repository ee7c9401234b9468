import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` (a built site), as paths relative to it with "/" separators, sorted. */
export async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every `.html` file under `dir`, as `builtFiles` gives them. */
export async function htmlFiles(dir: string): Promise<string[]> {
  return (await builtFiles(dir)).filter((file) => file.endsWith('.html'));
}

/** The path a built file is served at under the base path: `read/intro/index.html` → `read/intro/`; `index.html` → ``. */
export const servedPath = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');
