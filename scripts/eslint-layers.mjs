import { dirname, relative, resolve, sep } from 'node:path';

/**
 * The layers of rb-migrate and what each may import (checked by `npm run lint`, rule `layers/allowed-imports`).
 * A file belongs to the first layer whose path contains it (list the narrower ones first); files in no layer
 * (tests, scripts, benchmarks) import freely. `imports` names the OTHER layers a layer may import; imports
 * within a layer are free. Imports are resolved to files (relative specifiers) or to the runtime package's
 * entries (`rb-migrate-runtime/mapping` → runtime/mapping), type-only imports included.
 */
export const LAYERS = [
  { name: 'runtime/mapping', paths: ['packages/runtime/src/mapping'], imports: [] },
  { name: 'runtime/translate', paths: ['packages/runtime/src/translate'], imports: ['runtime/mapping'] },
  { name: 'runtime', paths: ['packages/runtime/src'], imports: ['runtime/mapping', 'runtime/translate'] },
  { name: 'git', paths: ['src/git'], imports: [] },
  { name: 'files', paths: ['src/files'], imports: ['git'] },
  { name: 'analyze/ast', paths: ['src/analyze/ast'], imports: [] },
  { name: 'analyze', paths: ['src/analyze'], imports: ['analyze/ast', 'files', ...runtimePackage()] },
  {
    name: 'check',
    paths: ['src/check'],
    imports: ['analyze', 'analyze/ast', 'files', 'git', ...runtimePackage()],
  },
  {
    name: 'rewrite',
    paths: ['src/rewrite'],
    imports: ['analyze', 'analyze/ast', 'files', 'git', ...runtimePackage()],
  },
  {
    name: 'eslint plugin',
    paths: ['src/eslint'],
    imports: ['check', 'rewrite', 'analyze', 'analyze/ast', 'files', 'git', ...runtimePackage()],
  },
  {
    name: 'transforms',
    paths: ['transforms'],
    imports: ['analyze', 'analyze/ast', 'files', ...runtimePackage()],
  },
  { name: 'emulator', paths: ['src/emulator'], imports: runtimePackage() },
  { name: 'gateway', paths: ['src/gateway'], imports: runtimePackage() },
  { name: 'docs', paths: ['src/docs'], imports: runtimePackage() },
  { name: 'public entries', paths: ['src/public'], imports: runtimePackage() },
  { name: 'cli', paths: ['src/cli', 'src/index.ts'], imports: '*' },
];

function runtimePackage() {
  return ['runtime/mapping', 'runtime/translate', 'runtime'];
}

const PACKAGE_LAYERS = {
  'rb-migrate-runtime': 'runtime',
  'rb-migrate-runtime/mapping': 'runtime/mapping',
  'rb-migrate-runtime/translate': 'runtime/translate',
};

/** An ESLint plugin whose rule `allowed-imports` enforces `layers` for the files below `root`. */
export function createLayersPlugin(layers, root) {
  const layerOf = (file) => {
    const rel = relative(root, file).split(sep).join('/');
    return layers.find((l) => l.paths.some((p) => rel === p || rel.startsWith(`${p}/`)));
  };
  const targetOf = (file, specifier) => {
    if (specifier.startsWith('.')) return layerOf(resolve(dirname(file), specifier));
    const name = PACKAGE_LAYERS[specifier];
    return name && layers.find((l) => l.name === name);
  };
  const rule = {
    meta: {
      type: 'problem',
      docs: { description: 'Each layer imports only the layers listed for it (scripts/eslint-layers.mjs).' },
      schema: [],
      messages: {
        forbidden:
          '{{from}} must not import {{to}}: {{from}} may import {{allowed}} (layers in scripts/eslint-layers.mjs).',
      },
    },
    create(context) {
      const from = layerOf(context.filename);
      if (!from || from.imports === '*') return {};
      const check = (source) => {
        if (typeof source?.value !== 'string') return;
        const to = targetOf(context.filename, source.value);
        if (!to || to === from || from.imports.includes(to.name)) return;
        const allowed = from.imports.length ? from.imports.join(', ') : 'no other layer';
        context.report({
          node: source,
          messageId: 'forbidden',
          data: { from: from.name, to: to.name, allowed },
        });
      };
      return {
        ImportDeclaration: (node) => check(node.source),
        ExportNamedDeclaration: (node) => check(node.source),
        ExportAllDeclaration: (node) => check(node.source),
        ImportExpression: (node) => check(node.source),
      };
    },
  };
  return { rules: { 'allowed-imports': rule } };
}
