import { defineConfig } from 'vitest/config';

export default defineConfig({
  // rb-migrate-runtime resolves to its TypeScript source in tests (as tsconfig paths do for tsc and tsx).
  resolve: {
    alias: [
      {
        find: /^rb-migrate-runtime\/translate$/,
        replacement: new URL('./packages/runtime/src/translate/index.ts', import.meta.url).pathname,
      },
      {
        find: /^rb-migrate-runtime\/mapping$/,
        replacement: new URL('./packages/runtime/src/mapping/index.ts', import.meta.url).pathname,
      },
      {
        find: /^rb-migrate-runtime$/,
        replacement: new URL('./packages/runtime/src/runtime/index.ts', import.meta.url).pathname,
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
