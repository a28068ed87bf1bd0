import { createRequire } from 'node:module';
import type { ParserPlugin } from '@babel/parser';
import type { File } from '@babel/types';

/** Loaded on first use: a clean tree (the usual CI case) never pays for the parser. */
let babel: typeof import('@babel/parser') | undefined;

/**
 * Parses JS/TS source for the checker with Babel (error recovery on, so one syntax slip does not hide a whole
 * file). The parser follows the extension: .ts/.mts/.cts → TypeScript, .tsx → TypeScript + JSX, everything
 * else → JavaScript + JSX. Throws on input Babel cannot recover from.
 */
export function parseJs(text: string, extension: string): File {
  const ext = extension.toLowerCase();
  const plugins: ParserPlugin[] =
    ext === 'ts' || ext === 'mts' || ext === 'cts'
      ? ['typescript', 'decorators-legacy']
      : ext === 'tsx'
        ? ['typescript', 'jsx', 'decorators-legacy']
        : ['jsx', 'decorators-legacy'];
  babel ??= createRequire(import.meta.url)('@babel/parser') as typeof import('@babel/parser');
  return babel.parse(text, {
    sourceType: 'unambiguous',
    errorRecovery: true,
    // The rules read `ast.comments`; nothing reads comments attached to nodes, which costs ~10% of a parse.
    attachComment: false,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    allowUndeclaredExports: true,
    allowSuperOutsideMethod: true,
    plugins,
  }) as unknown as File;
}
