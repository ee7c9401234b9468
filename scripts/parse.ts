/**
 * `npm run --silent parse -- <file>`: prints the report's model as JSON, or one line
 * `file:line: what is wrong` on stderr and exit code 1.
 */
import { describeError, parseReportFile } from '../src/parser/index.ts';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  process.stderr.write('usage: npm run --silent parse -- <report.txt>\n');
  process.exit(2);
}
try {
  const report = await parseReportFile(file);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} catch (error) {
  // Exits once stderr has taken the whole line: process.exit() here could cut a pipe short.
  process.stderr.write(`${describeError(error, file)}\n`);
  process.exitCode = 1;
}
