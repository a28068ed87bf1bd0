import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
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
    files: ['src/translate/**', 'src/spec/**'],
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
);
