import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  // Layers: the one analysis sits below check and rewrite, which never import each other (the CLI wires them).
  {
    files: ['src/analyze/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/check/**', '**/rewrite/**', '**/cli/**'],
              message: 'src/analyze is below check, rewrite and the CLI: it must not import them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/check/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/rewrite/**', '**/cli/**'],
              message: 'check reports the analysis (src/analyze); it never imports rewrite.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/rewrite/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/check/**', '**/cli/**'], message: 'rewrite never imports check (nor the CLI).' },
          ],
        },
      ],
    },
  },
);
