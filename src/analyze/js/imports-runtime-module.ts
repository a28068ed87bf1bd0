import { RUNTIME_MODULE } from 'rb-migrate-runtime/mapping';

const IMPORT = new RegExp(
  `(?:\\bfrom\\s*|\\brequire\\s*\\(\\s*|\\bimport\\s*\\(\\s*)(['"])${RUNTIME_MODULE.replace(/[-/]/g, '\\$&')}(?:\\/translate)?\\1`,
);

/** Comments: a TODO may quote the import to add (`import { deliver } from 'rb-migrate-runtime'`). */
const COMMENT = /\/\*[\s\S]*?\*\/|(?<![:'"`\w])\/\/[^\n]*/g;

/** Whether JS/TS source imports (or requires) the runtime package or its translate subpath (comments aside). */
export function importsRuntimeModule(text: string): boolean {
  return IMPORT.test(text.replace(COMMENT, ''));
}
