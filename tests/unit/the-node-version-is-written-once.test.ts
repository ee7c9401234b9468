/**
 * `.nvmrc` names the Node version; the `node` devDependency that `npm install` puts in
 * node_modules/.bin must be that version, and the engines floor must run `node scripts/*.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const nvmrc = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const parts = (version: string) => version.split('.').map(Number);
/** a ≥ b, comparing major, minor and patch in turn. */
const atLeast = (a: string, b: string) => {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return true;
};

describe('the Node version', () => {
  it('should be one exact version in .nvmrc', () => {
    expect(nvmrc).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('should be the version the node devDependency installs', () => {
    expect(pkg.devDependencies.node).toBe(nvmrc);
  });

  it('should have an engines floor that strips types by default (22.18) and that .nvmrc meets', () => {
    const floor = /^>=(\d+\.\d+(?:\.\d+)?)$/.exec(pkg.engines.node)?.[1];
    expect(floor).toBeDefined();
    expect(atLeast(floor!, '22.18')).toBe(true);
    expect(atLeast(nvmrc, floor!)).toBe(true);
  });
});
