/**
 * The build lock (scripts/lib/build-lock.ts): builds take turns, and a lock left behind by a
 * process that died, with or without its pid, never leaves the next build waiting.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdingLock, PIDLESS_LOCK_MS } from '../../../../scripts/lib/build-lock.ts';

let dir: string;
let lock: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'build-lock-'));
  lock = join(dir, 'build.lock');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Checks that a task asked to hold the lock does not run until the lock is removed, then does. */
async function expectToWaitUntilFreed(lock: string): Promise<void> {
  let ran = false;
  const waiting = holdingLock(lock, async () => (ran = true));
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(ran).toBe(false);
  await rm(lock, { recursive: true });
  await waiting;
  expect(ran).toBe(true);
}

/** The pid of a process that has exited. */
function deadPid(): number {
  return Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout,
  );
}

describe('holdingLock', () => {
  it('should run tasks one at a time, and free the lock after each, even one that fails', async () => {
    const log: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        log.push(`${name} starts`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        log.push(`${name} ends`);
        if (fail) throw new Error(`${name} failed`);
      };
    const results = await Promise.allSettled([holdingLock(lock, task('a', true)), holdingLock(lock, task('b'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    // Either may go first; neither starts before the other ends.
    expect(log.join(', ')).toMatch(/^(a starts, a ends, b starts, b ends|b starts, b ends, a starts, a ends)$/);
    await expect(holdingLock(lock, async () => 'free')).resolves.toBe('free');
  });

  it('should wait while a live process holds the lock', async () => {
    await mkdir(lock);
    await writeFile(join(lock, 'pid'), String(process.pid));
    await expectToWaitUntilFreed(lock);
  });

  it('should take over a lock whose process has died', async () => {
    await mkdir(lock);
    await writeFile(join(lock, 'pid'), String(deadPid()));
    await expect(holdingLock(lock, async () => 'taken over')).resolves.toBe('taken over');
  });

  it('should take over a lock left without a pid once it is older than a holder takes to write one', async () => {
    await mkdir(lock);
    const old = new Date(Date.now() - PIDLESS_LOCK_MS - 5_000);
    await utimes(lock, old, old);
    await expect(holdingLock(lock, async () => 'taken over')).resolves.toBe('taken over');
  });

  it('should wait on a lock without a pid that is newer than that: its holder may be writing it', async () => {
    await mkdir(lock);
    await expectToWaitUntilFreed(lock);
  });
});
