/**
 * `rb-migrate/eslint-plugin`: the ESLint (flat config, ESLint 9) face of `rb-migrate check`. One rule,
 * `rb-migrate/no-v1-remove-background`, and a `configs.recommended` flat config. See docs/eslint.md.
 *
 *   import rbMigrate from 'rb-migrate/eslint-plugin';
 *   export default [rbMigrate.configs.recommended];
 */
import type { ESLint, Linter } from 'eslint';
import { readOwnVersion } from '../files/read-own-version.ts';
import { noV1RemoveBackground } from './no-v1-remove-background.ts';

const plugin = {
  meta: { name: 'rb-migrate', version: readOwnVersion() },
  rules: { 'no-v1-remove-background': noV1RemoveBackground },
  configs: {} as { recommended: Linter.Config },
} satisfies ESLint.Plugin;

plugin.configs.recommended = {
  name: 'rb-migrate/recommended',
  files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
  plugins: { 'rb-migrate': plugin },
  rules: { 'rb-migrate/no-v1-remove-background': 'error' },
};

export default plugin;
