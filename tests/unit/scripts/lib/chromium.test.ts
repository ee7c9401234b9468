/** Which Chromium the browser tests drive, on machines with and without one. */
import { describe, expect, it } from 'vitest';
import { chooseBrowser, findChromium, NO_BROWSER, type Machine } from '../../../../scripts/lib/chromium.ts';

const machine = (over: Partial<Machine>): Machine => ({
  onPath: [],
  distribution: [],
  isRoot: false,
  isExecutable: () => true,
  ...over,
});

describe('chooseBrowser', () => {
  it('should use CHROMIUM_PATH first, even when a browser is on the PATH', () => {
    expect(chooseBrowser(machine({ configured: '/opt/chrome/chrome', onPath: ['/usr/bin/chromium'] }))).toEqual({
      use: '/opt/chrome/chrome',
    });
  });

  it('should refuse a CHROMIUM_PATH that is not executable, naming it', () => {
    const choice = chooseBrowser(machine({ configured: '/nowhere/chrome', isExecutable: () => false }));
    expect(choice).toEqual({ fail: expect.stringContaining('/nowhere/chrome') });
  });

  it('should use the first Chromium or Chrome on the PATH', () => {
    expect(chooseBrowser(machine({ onPath: ['/usr/local/bin/chromium-browser', '/usr/bin/google-chrome'] }))).toEqual({
      use: '/usr/local/bin/chromium-browser',
    });
  });

  it('should take the headless shell first for the tests and the full browser first for measuring, whatever the PATH order', () => {
    const onPath = ['/usr/local/bin/chromium', '/usr/bin/chromium-headless-shell', '/usr/bin/google-chrome'];
    expect(chooseBrowser(machine({ onPath }), 'test')).toEqual({ use: '/usr/bin/chromium-headless-shell' });
    expect(chooseBrowser(machine({ onPath }), 'measure')).toEqual({ use: '/usr/local/bin/chromium' });
    // One browser serves both purposes when it is the only one.
    expect(chooseBrowser(machine({ onPath: ['/usr/bin/chromium-headless-shell'] }), 'measure')).toEqual({
      use: '/usr/bin/chromium-headless-shell',
    });
    expect(chooseBrowser(machine({ onPath: ['/usr/bin/chromium'] }), 'test')).toEqual({ use: '/usr/bin/chromium' });
  });

  it("should install Debian's chromium and its headless shell on Debian or Ubuntu as root, and only there", () => {
    expect(chooseBrowser(machine({ distribution: ['debian'], isRoot: true }), 'test')).toEqual({
      install: 'apt-get',
      // Chromium alone where the distribution has no headless shell.
      packages: [['chromium', 'chromium-headless-shell'], ['chromium']],
      then: ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'],
    });
    expect(chooseBrowser(machine({ distribution: ['debian'], isRoot: true }), 'measure')).toMatchObject({
      then: ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell'],
    });
    expect(chooseBrowser(machine({ distribution: ['linuxmint', 'ubuntu', 'debian'], isRoot: true }))).toMatchObject({
      install: 'apt-get',
    });
    expect(chooseBrowser(machine({ distribution: ['debian'], isRoot: false }))).toEqual({ fail: NO_BROWSER });
    expect(chooseBrowser(machine({ distribution: ['fedora'], isRoot: true }))).toEqual({ fail: NO_BROWSER });
  });

  it('should name the variable and the package in one line when there is no way to a browser', () => {
    expect(NO_BROWSER).toContain('CHROMIUM_PATH');
    expect(NO_BROWSER).toContain('chromium');
    expect(NO_BROWSER).not.toContain('\n');
  });
});

describe('findChromium', () => {
  it('should throw the one-line message rather than try to install where it cannot', () => {
    const said: string[] = [];
    expect(() => findChromium('test', machine({ distribution: ['arch'] }), (line) => said.push(line))).toThrow(
      NO_BROWSER,
    );
    expect(said).toEqual([]);
  });
});
