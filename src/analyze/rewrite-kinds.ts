import { SHELL_KINDS } from './shell/shell-kinds.ts';

/** Extensions rewrite handles, by the rewriter used. */
export const REWRITE_KINDS: Readonly<Record<string, 'js' | 'json' | 'shell' | 'markdown'>> = {
  js: 'js',
  jsx: 'js',
  mjs: 'js',
  cjs: 'js',
  ts: 'js',
  tsx: 'js',
  mts: 'js',
  cts: 'js',
  json: 'json',
  jsonc: 'json',
  ...SHELL_KINDS,
};

/** Files above this size are not rewritten (reported instead). */
export const MAX_REWRITE_BYTES = 8 * 1024 * 1024;
