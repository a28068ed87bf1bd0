/**
 * Bundles the command line (src/cli/index.ts) and the rewrite worker into dist/bin with esbuild, after tsc
 * has built dist/src (the library entries stay per-file ESM). One file per entry plus lazy chunks (the
 * codemod, the emulator) instead of ~260 modules to resolve and link: start-up time is most of what a
 * `check` on a clean tree costs. Packages that load files at run time (jscodeshift's parsers, ts-morph's
 * TypeScript, Prettier's plugins, pngjs) stay external and are resolved from node_modules.
 */
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const EXTERNAL = ['jscodeshift', 'ts-morph', 'prettier', '@babel/parser', 'pngjs', 'typescript'];

await build({
  entryPoints: {
    'rb-migrate': 'src/cli/index.ts',
    'rewrite-worker': 'src/rewrite/rewrite-worker.ts',
    'check-worker': 'src/check/check-worker.ts',
  },
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  external: EXTERNAL,
  // CommonJS dependencies inside an ES module bundle need a real `require`.
  banner: {
    js: "import { createRequire as __rbCreateRequire } from 'node:module';\nconst require = __rbCreateRequire(import.meta.url);",
  },
  // Flat: run-pool finds the worker entry next to the chunk it is in.
  chunkNames: '[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync('dist/bin/rb-migrate.js', 0o755);
