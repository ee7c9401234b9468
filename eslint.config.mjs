// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated output and copies of other people's code, not ours to lint.
    ignores: ['dist/', 'dist-*/', '*-astro-cache/', '.astro/', 'node_modules/', 'bench-results/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Astro's recommended rules, plus the jsx-a11y rules applied to .astro templates.
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      // Underscore-prefixed names mark a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Browser code: page scripts, the service worker and the scripts inside .astro files.
    files: ['src/scripts/**', 'src/offline/**', '**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.serviceworker },
    },
  },
);
