/**
 * Finds the Chromium the browser tests and the benchmark drive, and launches it.
 *
 * Order: CHROMIUM_PATH; a Chromium or Chrome on the PATH; on Debian or Ubuntu as root, Debian's
 * `chromium` package (and its `chromium-headless-shell`) installed with apt-get (one line says
 * so first); otherwise one line naming the variable and the package. Nothing is downloaded
 * except from the package registries.
 *
 * Among the browsers on the PATH, the tests take Debian's `chromium-headless-shell` first: the
 * same Chromium built for headless use, without the desktop browser around it, which opens a
 * tab in about 40% of the time and loads a page in about half (measured here: 170 against 420 ms
 * and 115 against 270 ms), so the browser tests take about a third less time on two cores. The
 * benchmark measures what a reader meets, so it takes the full browser first.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's headless-only Chromium (package and command alike). */
export const HEADLESS_SHELL = 'chromium-headless-shell';

/** Names a full Chromium or Chrome goes by on a PATH, most likely first. */
export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

/** What the browser is for: the tests (headless shell first) or measuring (the full browser first). */
export type Purpose = 'test' | 'measure';

/** Where Debian's packages put them, in the order each purpose prefers them. */
const DEBIAN_PATHS: Record<Purpose, string[]> = {
  test: [`/usr/bin/${HEADLESS_SHELL}`, '/usr/bin/chromium'],
  measure: ['/usr/bin/chromium', `/usr/bin/${HEADLESS_SHELL}`],
};

/** What the machine offers, gathered once so that the choice below is a pure function. */
export interface Machine {
  /** CHROMIUM_PATH, if set. */
  configured?: string;
  /** The first executable found on the PATH for each name, HEADLESS_SHELL then BROWSER_NAMES. */
  onPath: string[];
  /** /etc/os-release's ID and ID_LIKE words ("debian", "ubuntu"...). */
  distribution: string[];
  isRoot: boolean;
  isExecutable: (path: string) => boolean;
}

/**
 * An install is tried with each list of packages in turn (the second for a distribution without
 * the headless shell); `then` lists where to look afterwards, best first.
 */
export type Choice = { use: string } | { install: 'apt-get'; packages: string[][]; then: string[] } | { fail: string };

/** The one-line message when no browser can be found or installed. */
export const NO_BROWSER =
  'No Chromium for the browser tests: set CHROMIUM_PATH to a Chromium or Chrome binary, or install Debian\'s "chromium" package (apt-get install chromium)';

const isShell = (path: string) => path.split('/').pop() === HEADLESS_SHELL;

/** Decides which browser to use, or whether to install Debian's, from what the machine offers. */
export function chooseBrowser(machine: Machine, purpose: Purpose = 'test'): Choice {
  if (machine.configured) {
    return machine.isExecutable(machine.configured)
      ? { use: machine.configured }
      : { fail: `CHROMIUM_PATH is ${machine.configured}, which is not an executable file` };
  }
  const shellFirst = purpose === 'test';
  const preferred = [
    ...machine.onPath.filter((path) => isShell(path) === shellFirst),
    ...machine.onPath.filter((path) => isShell(path) !== shellFirst),
  ];
  if (preferred.length > 0) return { use: preferred[0]! };
  if (machine.isRoot && machine.distribution.some((id) => id === 'debian' || id === 'ubuntu')) {
    return { install: 'apt-get', packages: [['chromium', HEADLESS_SHELL], ['chromium']], then: DEBIAN_PATHS[purpose] };
  }
  return { fail: NO_BROWSER };
}

/** Reads what `chooseBrowser` needs from this machine. */
export function thisMachine(env: NodeJS.ProcessEnv = process.env): Machine {
  const isExecutable = (path: string) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const onPath = [HEADLESS_SHELL, ...BROWSER_NAMES].flatMap((name) =>
    dirs
      .map((dir) => join(dir, name))
      .filter(isExecutable)
      .slice(0, 1),
  );
  let distribution: string[] = [];
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    distribution = [...release.matchAll(/^(?:ID|ID_LIKE)="?([^"\n]*)"?$/gm)].flatMap((m) => m[1]!.split(/\s+/));
  } catch {
    // No os-release: not a Linux we know how to install on.
  }
  return {
    configured: env.CHROMIUM_PATH || undefined,
    onPath,
    distribution,
    isRoot: process.getuid?.() === 0,
    isExecutable,
  };
}

/**
 * The path of a Chromium to drive for `purpose`, installing Debian's packages first where that
 * is the way. Throws an Error whose message is one line when there is none.
 */
export function findChromium(
  purpose: Purpose = 'test',
  machine: Machine = thisMachine(),
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): string {
  const choice = chooseBrowser(machine, purpose);
  if ('use' in choice) return choice.use;
  if ('fail' in choice) throw new Error(choice.fail);
  log(
    `No Chromium found: installing Debian's ${choice.packages[0]!.join(' and ')} packages with apt-get for the browser tests (or set CHROMIUM_PATH)`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Apt-get's own errors are shown, but not those of an attempt a later one stands in for.
  const run = (args: string[], quiet = false) =>
    execFileSync('apt-get', args, { stdio: ['ignore', 'ignore', quiet ? 'ignore' : 'inherit'], env });
  try {
    run(['update', '-qq']);
  } catch {
    throw new Error(`apt-get update failed. ${NO_BROWSER}`);
  }
  const installed = choice.packages.find((packages, i) => {
    try {
      run(['install', '-y', '-qq', ...packages], i < choice.packages.length - 1);
      return true;
    } catch {
      return false;
    }
  });
  if (!installed) throw new Error(`apt-get could not install chromium. ${NO_BROWSER}`);
  const found = choice.then.find((path) => machine.isExecutable(path));
  if (!found)
    throw new Error(
      `apt-get installed ${installed.join(' and ')} but found none of ${choice.then.join(', ')}. ${NO_BROWSER}`,
    );
  return found;
}

/**
 * Flags that keep Chromium off the network (without them it keeps trying to reach the
 * internet and fails noisily) and able to run as root in a container.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches headless Chromium with those flags: the given one, else the one findChromium finds
 * for measuring (the benchmark's use; the tests pass theirs).
 */
export function launchChromium(executablePath: string = findChromium('measure')): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}
