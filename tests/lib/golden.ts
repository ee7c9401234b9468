/**
 * Golden files: expected output kept beside the tests and reviewed in the diff.
 *
 * A golden file is written only when the run asks for it with `UPDATE=1`; a missing one fails
 * the test and says how to make it, so a deleted or misnamed file can never pass by writing
 * itself.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

/** The golden file's text for a value: JSON with two-space indents and a final newline. */
export function goldenText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The value a golden file holds, to compare with `actual`. With `update` (default: `UPDATE=1`
 * in the environment) the file is first rewritten from `actual`; without it a missing file is
 * an error naming the command that creates it.
 */
export async function readGolden(file: string, actual: unknown, update = process.env.UPDATE === '1'): Promise<unknown> {
  if (update) await writeFile(file, goldenText(actual));
  else if (!existsSync(file)) {
    throw new Error(
      `golden file ${file} is missing: create it with UPDATE=1 (UPDATE=1 SKIP_BUILD=1 npx vitest run <this test file>), then review it before committing`,
    );
  }
  return JSON.parse(await readFile(file, 'utf8'));
}
