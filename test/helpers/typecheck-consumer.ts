import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

/**
 * `tsc --noEmit` on files of a consumer project with one set of options, as a strict user would run it
 * (strict, skipLibCheck: false, the project's own @types/node). Each config is its own file, so several run
 * side by side. `tsc`: another TypeScript's bin/tsc (the oldest version a consumer may use).
 */
export function typecheckConsumer(
  project: string,
  name: string,
  files: string[],
  compilerOptions: Record<string, unknown>,
  tsc: string = TSC,
): Promise<{ code: number; out: string }> {
  writeFileSync(
    join(project, `tsconfig.${name}.json`),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        skipLibCheck: false,
        noEmit: true,
        target: 'ES2022',
        types: ['node'],
        ...compilerOptions,
      },
      files,
    }),
  );
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [tsc, '-p', `tsconfig.${name}.json`],
      { cwd: project },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error.code as number) ?? 1) : 0, out: stdout + stderr }),
    ),
  );
}
