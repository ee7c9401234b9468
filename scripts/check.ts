/**
 * `npm run check`: type-checks every .ts and .astro file with `astro check`, against the
 * content collections' types, which need the parsed model; so it parses the report first.
 */
import { parseToModelFile } from './lib/model-file.ts';
import { runAstro } from './lib/run-astro.ts';

try {
  const { file } = await parseToModelFile('check');
  await runAstro(['check', '--minimumSeverity', 'warning'], file);
} catch (error) {
  process.stderr.write(`check failed: ${(error as Error).message}\n`);
  process.exit(1);
}
