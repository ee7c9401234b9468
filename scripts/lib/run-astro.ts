import { spawn } from 'node:child_process';

/**
 * The environment for Astro, less Vite's own variables.
 *
 * Note: a build started from inside Vitest inherits BASE_URL=/ and MODE from it, and Astro
 * then renders links without the BASE_PATH it was asked for.
 */
function astroEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST']) delete env[name];
  return env;
}

/** Runs the Astro CLI on the model in `modelFile` (read by src/content.config.ts); rejects on a non-zero exit. */
export function runAstro(args: string[], modelFile: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('node_modules/.bin/astro', args, {
      stdio: 'inherit',
      env: { ...astroEnv(), ASTRO_TELEMETRY_DISABLED: '1', REPORT_MODEL: modelFile },
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`astro ${args[0]} exited with code ${code}`))));
  });
}
