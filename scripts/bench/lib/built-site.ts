/**
 * One fresh build of the site for the benchmark modules that measure it, made once per
 * `npm run bench` into a temporary folder, so dist/ and other builds are left alone.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuiltSite {
  dir: string;
  /** Milliseconds per build stage, as scripts/build.ts wrote them to build-stages.json. */
  stages: Record<string, number>;
}

let built: Promise<BuiltSite> | undefined;

export function builtSite(): Promise<BuiltSite> {
  built ??= build();
  return built;
}

async function build(): Promise<BuiltSite> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-site-'));
  await new Promise<void>((done, fail) => {
    // Note: through npm, so the build runs on the project's Node 22 as `npm run build` does.
    const child = spawn('npm', ['run', '--silent', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, OUT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`the build exited with code ${code}`))));
  });
  const stages = JSON.parse(await readFile(join(dir, 'build-stages.json'), 'utf8')) as Record<string, number>;
  return { dir, stages };
}
