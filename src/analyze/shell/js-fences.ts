/** Markdown fence info words whose blocks are JS/TS sources, with the file extension they are parsed as. */
export const JS_FENCES: Readonly<Record<string, string>> = {
  js: 'js',
  javascript: 'js',
  jsx: 'jsx',
  mjs: 'mjs',
  cjs: 'cjs',
  node: 'js',
  ts: 'ts',
  typescript: 'ts',
  tsx: 'tsx',
};
