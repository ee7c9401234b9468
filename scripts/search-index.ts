import { spawn } from 'node:child_process';
import type { Report } from '../src/model/schema.ts';

/** Indexes the built site with Pagefind. (Placeholder CLI run until the search issue lands.) */
export async function buildSearchIndex(_model: Report, site: string): Promise<void> {
  await new Promise<void>((done, fail) => {
    const child = spawn('node_modules/.bin/pagefind', ['--site', site, '--silent'], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`pagefind exited with code ${code}`))));
  });
}
