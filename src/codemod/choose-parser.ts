import babylon from 'jscodeshift/parser/babylon.js';
import ts from 'jscodeshift/parser/ts.js';
import tsx from 'jscodeshift/parser/tsx.js';

/** Babel plugins for .js/.jsx/.mjs/.cjs: JSX and modern syntax, no Flow (Flow makes `<T>(x) => x` ambiguous). */
const JS_PLUGINS = [
  'jsx',
  'asyncGenerators',
  'bigInt',
  'classProperties',
  'classPrivateProperties',
  'classPrivateMethods',
  ['decorators', { decoratorsBeforeExport: false }],
  'doExpressions',
  'dynamicImport',
  'exportDefaultFrom',
  'exportNamespaceFrom',
  'functionBind',
  'importMeta',
  'logicalAssignment',
  'nullishCoalescingOperator',
  'numericSeparator',
  'objectRestSpread',
  'optionalCatchBinding',
  'optionalChaining',
  'topLevelAwait',
  'importAttributes',
];

/**
 * The jscodeshift parser for a file name: `.ts/.mts/.cts` → ts, `.tsx` → tsx, every JavaScript extension
 * → Babel with JSX and without Flow.
 */
export function chooseParser(filename: string): { parse(code: string): any } {
  if (/\.tsx$/i.test(filename)) return tsx();
  if (/\.[mc]?ts$/i.test(filename)) return ts();
  return babylon({
    sourceType: 'unambiguous',
    allowImportExportEverywhere: true,
    allowReturnOutsideFunction: true,
    allowUndeclaredExports: true,
    startLine: 1,
    tokens: true,
    plugins: JS_PLUGINS,
  });
}
