/**
 * package.json declares exactly the packages the code uses: each one imported (or run) is declared,
 * so a fresh `npm ci` installs it, and each one declared is used, so nothing is installed for nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CODE = /\.(ts|mts|mjs|js|astro)$/;

/**
 * Declared packages the code never names, each with the reason it is declared all the same.
 * Keep this list short: anything on it is trusted rather than checked.
 */
const USED_OUTSIDE_THE_CODE: Record<string, string> = {
  typescript: '`astro check` (npm run check) loads it to check types',
  '@astrojs/check': '`astro check` loads it',
  'eslint-plugin-jsx-a11y': "eslint-plugin-astro's jsx-a11y configs load it",
};

/** Module specifiers in a source text: static, side-effect, dynamic and re-export imports, and require.resolve. */
function specifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /import\.meta\.url\)\.resolve\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

/** The package a bare specifier names, or undefined for relative paths, builtins and virtual modules. */
function packageOf(specifier: string): string | undefined {
  if (/^(\.|\/|node:|astro:|virtual:)/.test(specifier)) return undefined;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  return builtinModules.includes(name) ? undefined : name;
}

function filesUnder(folder: string): string[] {
  return (
    readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && CODE.test(entry.name))
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
      .filter((file) => !file.startsWith(join('tests', 'fixtures')))
      // This file's own sample imports name packages that do not exist.
      .filter((file) => file !== relative(ROOT, import.meta.filename))
  );
}

const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const pkg = readJson('package.json');
const declared = new Set<string>([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);

/** Every package the code uses, each with the first file that uses it. */
function usedPackages(): Map<string, string> {
  const used = new Map<string, string>();
  const use = (name: string, where: string) => {
    if (!used.has(name)) used.set(name, where);
  };
  // Files only: Astro's generated `.astro/` folder also ends in a code extension.
  const configs = readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isFile() && CODE.test(entry.name))
    .map((entry) => entry.name);
  for (const file of [...configs, ...filesUnder('src'), ...filesUnder('scripts'), ...filesUnder('tests')]) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    for (const specifier of specifiers(source)) {
      const name = packageOf(specifier);
      // A type-only package such as `mdast` is installed as `@types/mdast`.
      if (name) use(!declared.has(name) && declared.has(`@types/${name}`) ? `@types/${name}` : name, file);
    }
    // Programs run by their path in node_modules (the Node 22 binary, Lighthouse, Astro's CLI).
    for (const [, bin] of source.matchAll(/node_modules\/\.bin\/([\w.-]+)/g)) use(packageOfBin(bin!) ?? bin!, file);
    for (const [, name] of source.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\/bin\//g)) use(name!, file);
  }
  // Programs the npm scripts run by name, such as `eslint` in `npm run lint`.
  for (const [script, command] of Object.entries<string>(pkg.scripts)) {
    for (const word of command.split(/[\s&|;]+/)) {
      const name = packageOfBin(word);
      if (name) use(name, `package.json scripts.${script}`);
    }
  }
  for (const type of readJson('tsconfig.json').compilerOptions?.types ?? []) use(`@types/${type}`, 'tsconfig.json');
  for (const plugin of readJson('.prettierrc').plugins ?? []) use(plugin, '.prettierrc');
  return used;
}

/** The declared package whose `bin` provides a command of this name. */
function packageOfBin(command: string): string | undefined {
  for (const name of declared) {
    const manifest = join(ROOT, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) continue;
    const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
    const commands = typeof bin === 'string' ? [name.split('/').pop()] : Object.keys(bin ?? {});
    if (commands.includes(command)) return name;
  }
  return undefined;
}

describe('specifiers and packageOf', () => {
  it('should find every kind of import and keep only the package names of bare ones', () => {
    const source = [
      "import { a,\n  b } from 'unified';",
      "import type { Root } from 'mdast';",
      "import 'side-effect/register';",
      "export { c } from '@scope/pkg/sub/path.js';",
      "const m = await import('lazy-one');",
      "createRequire(import.meta.url).resolve('@axe-core/playwright');",
      "import { readFile } from 'node:fs/promises';",
      "import { getCollection } from 'astro:content';",
      "import { x } from '../lib/x.ts';",
      "import path from 'path';",
    ].join('\n');
    expect(specifiers(source).map(packageOf).filter(Boolean).sort()).toEqual(
      ['@axe-core/playwright', '@scope/pkg', 'lazy-one', 'mdast', 'side-effect', 'unified'].sort(),
    );
  });
});

describe('package.json', () => {
  const used = usedPackages();

  it('should declare every package the code imports or runs', () => {
    const undeclared = [...used].filter(([name]) => !declared.has(name)).map(([name, where]) => `${name} (${where})`);
    expect(undeclared).toEqual([]);
  });

  it('should declare only packages the code imports or runs, or that the list above explains', () => {
    const unused = [...declared].filter((name) => !used.has(name) && !(name in USED_OUTSIDE_THE_CODE));
    expect(unused).toEqual([]);
  });

  it('should keep the list of packages used outside the code to ones that are declared and not found in it', () => {
    const stale = Object.keys(USED_OUTSIDE_THE_CODE).filter((name) => !declared.has(name) || used.has(name));
    expect(stale).toEqual([]);
  });
});
