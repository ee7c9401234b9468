import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite, serveSite, type RunningSite } from '../../scripts/lib/site-process.ts';
import { SITES, type SiteName } from '../lib/site.ts';

/** What the tests are given: each site's folder and the address it is served at. */
export type ServedSites = Record<SiteName, { dir: string; base: string; url: string; buildLog?: string }>;

declare module 'vitest' {
  export interface ProvidedContext {
    sites: ServedSites;
  }
}

interface Shared {
  ready: Promise<{ sites: ServedSites; servers: RunningSite[] }>;
  users: number;
}

/**
 * Global setup of the `site` and `browser` projects: builds each site variant once per run
 * (`astro build`, at `/`, under `/explorer/`, and from another report), serves each with the
 * server `npm start` uses, and gives the tests their addresses.
 *
 * Both projects list this file, and Vitest runs each project's global setup in its own
 * main process; the work is kept on globalThis so the second project shares the first one's
 * builds and servers instead of making its own. SKIP_BUILD=1 serves the builds already there.
 */
export default async function setup(project: TestProject) {
  const key = Symbol.for('report-explorer:sites');
  const store = globalThis as unknown as Record<symbol, Shared | undefined>;
  store[key] ??= { ready: start(), users: 0 };
  const shared = store[key];
  shared.users++;
  const { sites } = await shared.ready;
  project.provide('sites', sites);
  return async () => {
    shared.users--;
    if (shared.users > 0) return;
    store[key] = undefined;
    const { servers } = await shared.ready;
    await Promise.all(servers.map((server) => server.close()));
  };
}

async function start(): Promise<{ sites: ServedSites; servers: RunningSite[] }> {
  const names = Object.keys(SITES) as SiteName[];
  const logs = new Map<SiteName, string>();
  if (process.env.SKIP_BUILD !== '1') {
    // One after another, as buildSite runs one build of the project at a time anyway
    // (its build lock, scripts/lib/build-lock.ts); each takes a few seconds.
    for (const name of names) logs.set(name, await buildSite(SITES[name]));
  } else {
    for (const name of names)
      if (!existsSync(SITES[name].outDir)) throw new Error(`SKIP_BUILD=1 but ${SITES[name].outDir} is not built`);
  }
  const servers = await Promise.all(names.map((name) => serveSite(SITES[name])));
  const sites = Object.fromEntries(
    names.map((name, i) => [
      name,
      { dir: SITES[name].outDir, base: SITES[name].base ?? '/', url: servers[i]!.url, buildLog: logs.get(name) },
    ]),
  ) as ServedSites;
  return { sites, servers };
}
