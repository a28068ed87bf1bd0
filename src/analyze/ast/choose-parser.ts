import { parse, type ParserOptions } from '@babel/parser';
import type { ASTNode } from 'jscodeshift';
import tsOptions from 'jscodeshift/parser/tsOptions.js';

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

export interface SourceParser {
  /** Babel's tree, typed as jscodeshift's (the same node objects; ast-types declares them). */
  parse(code: string): ASTNode;
}

/**
 * No token list: the codemod splices text and never prints through recast, which is the only user of
 * `tokens`; leaving them out makes parsing faster and the tree smaller.
 */
const withoutTokens = (options: object): SourceParser => {
  const final = { ...options, tokens: false } as ParserOptions;
  return { parse: (code: string) => parse(code, final) as ASTNode };
};
const PARSERS = {
  // jscodeshift's own TypeScript options (its `ts`/`tsx` parsers), so both faces read code the same way.
  ts: withoutTokens(tsOptions),
  tsx: withoutTokens({ ...tsOptions, plugins: ['jsx', ...tsOptions.plugins] }),
  js: withoutTokens({
    sourceType: 'unambiguous',
    allowImportExportEverywhere: true,
    allowReturnOutsideFunction: true,
    allowUndeclaredExports: true,
    startLine: 1,
    plugins: JS_PLUGINS,
  }),
};

/**
 * The parser for a file name: `.ts/.mts/.cts` → TypeScript, `.tsx` → TypeScript + JSX (jscodeshift's `ts`
 * and `tsx` options), every JavaScript extension → Babel with JSX and without Flow. One shared instance per
 * kind.
 */
export function chooseParser(filename: string): SourceParser {
  if (/\.tsx$/i.test(filename)) return PARSERS.tsx;
  if (/\.[mc]?ts$/i.test(filename)) return PARSERS.ts;
  return PARSERS.js;
}
