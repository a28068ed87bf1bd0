import { RUNTIME_MODULE } from 'rb-migrate-runtime/mapping';

const IMPORT = new RegExp(
  `(?:\\bfrom\\s*|\\brequire\\s*\\(\\s*|\\bimport\\s*\\(\\s*)(['"])${RUNTIME_MODULE.replace(/[-/]/g, '\\$&')}\\1`,
);

/** Whether JS/TS source imports (or requires) the runtime package, rb-migrate-runtime. */
export function importsRuntimeModule(text: string): boolean {
  return IMPORT.test(text);
}
