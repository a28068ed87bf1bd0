/**
 * Bundles the command line (src/cli/index.ts) and the rewrite worker into dist/bin with esbuild, after tsc
 * has built dist/src (the library entries stay per-file ESM). One file per entry plus lazy chunks (the
 * codemod, the emulator) instead of ~260 modules to resolve and link: start-up time is most of what a
 * `check` on a clean tree costs. Packages that load files at run time (jscodeshift's parsers, ts-morph's
 * TypeScript, Prettier's plugins, pngjs) stay external and are resolved from node_modules.
 */
import { chmodSync } from 'node:fs';
import process from 'node:process';
import { build } from 'esbuild';

const EXTERNAL = ['jscodeshift', 'ts-morph', 'prettier', '@babel/parser', 'pngjs', 'typescript'];
/** The external packages that are CommonJS (prettier 3 is ESM). */
const COMMONJS = /^(?:jscodeshift|ts-morph|@babel\/parser|pngjs|typescript)(?:\/.*)?$/;

/**
 * Loads the CommonJS externals with `require` instead of an ES `import`: Node scans every CommonJS module
 * imported from ESM for its export names (cjs-module-lexer), which for Babel's 500 kB parser alone costs
 * ~30 ms at every start of the codemod or the checker's parser. The sources keep plain imports (tsc
 * output, vitest and jscodeshift's babel-register read them as they are); only the bundle changes.
 */
const requireCommonJs = {
  name: 'require-commonjs-externals',
  setup(b) {
    b.onResolve({ filter: COMMONJS }, (args) =>
      args.namespace === 'require-shim'
        ? { path: args.path, external: true }
        : { path: args.path, namespace: 'require-shim' },
    );
    b.onLoad({ filter: /.*/, namespace: 'require-shim' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

await build({
  entryPoints: {
    'rb-migrate': 'src/cli/index.ts',
    'rewrite-worker': 'src/rewrite/rewrite-worker.ts',
  },
  outdir: 'dist/bin',
  tsconfig: 'tsconfig.build.json',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  external: EXTERNAL,
  plugins: [requireCommonJs],
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
