import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { LAYERS, createLayersPlugin } from './scripts/eslint-layers.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'packages/runtime/dist/**',
      'node_modules/**',
      '__testfixtures__/**',
      'examples/**',
      'coverage/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // No `any` in shipped code: nodes not yet narrowed are AnyPath/AnyNode (src/analyze/ast/types.ts), the one place it is written.
  {
    files: ['src/**/*.ts', 'transforms/**/*.ts', 'packages/runtime/src/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    files: ['packages/runtime/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'The translator core must run in browsers and edge runtimes.' },
            {
              group: ['jscodeshift', 'ts-morph', 'yargs', 'prettier', 'recast'],
              message: 'Not in the translator core.',
            },
          ],
        },
      ],
    },
  },
  // Layers (scripts/eslint-layers.mjs): each layer imports only the layers listed for it, resolved to files.
  {
    files: ['src/**/*.ts', 'transforms/**/*.ts', 'packages/runtime/src/**/*.ts'],
    plugins: { layers: createLayersPlugin(LAYERS, import.meta.dirname) },
    rules: { 'layers/allowed-imports': 'error' },
  },
);
