import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.ts';

/** Reads a whole file, or stdin for `-`/undefined. Unreadable paths and a terminal on stdin are usage errors. */
export async function readInput(
  file: string | undefined,
  stdin: NodeJS.ReadStream = process.stdin,
): Promise<string> {
  if (file !== undefined && file !== '-' && file !== '') {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(
        `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`,
      );
    }
  }
  if (stdin.isTTY) throw new CliError('no input: pass a file, or pipe a V1 body on stdin (see --help)');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
