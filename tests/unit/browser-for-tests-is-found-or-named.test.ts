/** Which Chromium the browser tests drive, on machines with and without one. */
import { describe, expect, it } from 'vitest';
import { chooseBrowser, findChromium, NO_BROWSER, type Machine } from '../../scripts/lib/chromium.ts';

const machine = (over: Partial<Machine>): Machine => ({
  onPath: [],
  distribution: [],
  isRoot: false,
  isExecutable: () => true,
  ...over,
});

describe('chooseBrowser', () => {
  it('should use CHROMIUM_PATH first, even when a browser is on the PATH', () => {
    expect(chooseBrowser(machine({ configured: '/opt/chrome/chrome', onPath: ['/usr/bin/chromium'] }))).toEqual({ use: '/opt/chrome/chrome' });
  });

  it('should refuse a CHROMIUM_PATH that is not executable, naming it', () => {
    const choice = chooseBrowser(machine({ configured: '/nowhere/chrome', isExecutable: () => false }));
    expect(choice).toEqual({ fail: expect.stringContaining('/nowhere/chrome') });
  });

  it('should use the first Chromium or Chrome on the PATH', () => {
    expect(chooseBrowser(machine({ onPath: ['/usr/local/bin/chromium-browser', '/usr/bin/google-chrome'] }))).toEqual({ use: '/usr/local/bin/chromium-browser' });
  });

  it("should install Debian's chromium on Debian or Ubuntu as root, and only there", () => {
    expect(chooseBrowser(machine({ distribution: ['debian'], isRoot: true }))).toEqual({ install: 'apt-get', then: '/usr/bin/chromium' });
    expect(chooseBrowser(machine({ distribution: ['linuxmint', 'ubuntu', 'debian'], isRoot: true }))).toMatchObject({ install: 'apt-get' });
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
    expect(() => findChromium(machine({ distribution: ['arch'] }), (line) => said.push(line))).toThrow(NO_BROWSER);
    expect(said).toEqual([]);
  });
});
