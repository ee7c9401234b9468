/** The reports the parser tests run on: the published report and the hand-written fixtures. */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Framework, Report } from '../../../src/model/schema.ts';
import { parseBytes } from '../../../src/parser/index.ts';
import { loadFramework } from '../../../src/parser/framework.ts';

export const REAL_REPORT = 'content/tower-hamlets-2012.txt';
export const FIXTURE_DIR = 'tests/fixtures/reports';

/** Fixture reports, by path, in name order. */
export const FIXTURES: string[] = readdirSync(FIXTURE_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => `${FIXTURE_DIR}/${name}`);

let framework: Promise<Framework> | undefined;

/** The project's framework, loaded once. */
export function theFramework(): Promise<Framework> {
  return (framework ??= loadFramework());
}

/** A report file's bytes, its text as an editor shows it, and its model. */
export async function load(file: string): Promise<{ bytes: Uint8Array; text: string; report: Report }> {
  const bytes = await readFile(file);
  const report = parseBytes(file, bytes, await theFramework());
  return { bytes, text: new TextDecoder().decode(bytes), report };
}
