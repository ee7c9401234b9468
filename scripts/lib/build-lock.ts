/**
 * A lock that lets one process at a time run a task: a folder that only one process can create,
 * holding the pid of the process that created it.
 *
 * Every build of a project writes and renames the same temporary files in its .astro/
 * folder (content-assets.mjs.tmp), whatever its output folder, and two at once can fail with
 * ENOENT; test files that build run in parallel. A lock whose holder has died (its pid is gone)
 * is taken over, and so is one without a pid that is older than a holder takes to write it
 * (its holder died between the two steps). A package such as proper-lockfile would do the same;
 * thirty lines do not justify a dependency.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How old a lock without a pid must be to count as left by a holder that died: far longer than mkdir-then-write takes. */
export const PIDLESS_LOCK_MS = 10_000;

/** Runs `task` holding the lock folder `lock`, waiting while another live process holds it. */
export async function holdingLock<T>(lock: string, task: () => Promise<T>): Promise<T> {
  await mkdir(dirname(lock), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isAbandoned(lock)) await rm(lock, { recursive: true, force: true });
      else await sleep(100);
    }
  }
  await writeFile(join(lock, 'pid'), String(process.pid));
  try {
    return await task();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

async function isAbandoned(lock: string): Promise<boolean> {
  const holder = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => '0'));
  if (holder > 0) return !isRunning(holder);
  const made = await stat(lock).then(
    (s) => s.mtimeMs,
    () => undefined,
  );
  // Gone since the attempt to make it: not abandoned, just free; the next attempt takes it.
  return made !== undefined && Date.now() - made > PIDLESS_LOCK_MS;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
