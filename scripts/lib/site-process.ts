/**
 * The site's own commands run as child processes, for the tests and the benchmark: a build
 * (`astro build`) and the server `npm start` runs (scripts/serve.ts). One place for how they are
 * started, so the tests drive exactly what a reader's `npm start` does.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { createInterface } from 'node:readline';
import { holdingLock } from './build-lock.ts';

/** Which site to build or serve: the output folder and, where not the defaults, the base path, address and report. */
export interface SiteVariant {
  outDir: string;
  base?: string;
  /** The public address (SITE_URL); without it the build makes no absolute URL. */
  site?: string;
  reportFile?: string;
  /** The list of authorities' GSS codes (AUTHORITIES_FILE), for a report whose authority the content list lacks. */
  authoritiesFile?: string;
}

/**
 * The environment for Astro, less what Vitest sets.
 *
 * A build started from inside Vitest inherits BASE_URL=/, MODE and NODE_ENV=test from it,
 * and Astro then renders links without the BASE_PATH it was asked for.
 */
function astroEnv(variant: SiteVariant, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: variant.outDir, ...extra };
  for (const name of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'NODE_ENV',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
    'BASE_PATH',
    'SITE_URL',
    'REPORT_FILE',
    'AUTHORITIES_FILE',
  ])
    delete env[name];
  if (variant.base) env.BASE_PATH = variant.base;
  if (variant.site) env.SITE_URL = variant.site;
  if (variant.reportFile) env.REPORT_FILE = variant.reportFile;
  if (variant.authoritiesFile) env.AUTHORITIES_FILE = variant.authoritiesFile;
  return env;
}

/** The project's build lock (scripts/lib/build-lock.ts says why builds take turns). */
const BUILD_LOCK = resolve('node_modules/.cache/astro-build.lock');

/**
 * `astro build` for the variant; resolves with what it printed, and on failure
 * rejects with what the build printed on stderr. Builds of this project run one at a time, even
 * when asked for by several processes at once (test files run in parallel).
 */
export function buildSite(variant: SiteVariant): Promise<string> {
  return holdingLock(BUILD_LOCK, () => build(variant));
}

function build(variant: SiteVariant): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: astroEnv(variant),
    });
    let said = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0
        ? done(said + errors)
        : fail(new Error(`astro build (${variant.outDir}) exited with code ${code}:\n${errors.trim()}`)),
    );
  });
}

export interface RunningSite {
  /** The site's address, with its base path and a trailing slash. */
  url: string;
  close: () => Promise<void>;
  /** What the process has printed so far (astro dev only), for a failing test to show. */
  output?: () => string;
}

/** Starts scripts/serve.ts (what `npm start` serves with) on a free loopback port. */
export function serveSite(variant: SiteVariant): Promise<RunningSite> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/serve.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: astroEnv(variant, { PORT: '0', HOST: '127.0.0.1' }),
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.once('error', fail);
    child.once('exit', (code) =>
      fail(new Error(`the server for ${variant.outDir} exited with code ${code} before it listened`)),
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      const url = /https?:\/\/\S+/.exec(line)?.[0];
      if (!url) return;
      done({
        url,
        close: async () => {
          child.kill();
          await exited;
        },
      });
    });
  });
}

/** Starts `astro dev` on a free loopback port; resolves once it says where it listens. */
export function startDev(variant: SiteVariant): Promise<RunningSite> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: astroEnv(variant),
      },
    );
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let said = '';
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`astro dev exited with code ${code} before it listened:\n${said}`)));
    child.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      said += `${line}\n`;
      const url = /Local\s+(http:\/\/\S+)/.exec(stripVTControlCharacters(line))?.[1];
      if (!url) return;
      done({
        url: url.replace(/\/?$/, '/'),
        output: () => said,
        close: async () => {
          child.kill();
          await exited;
        },
      });
    });
  });
}
