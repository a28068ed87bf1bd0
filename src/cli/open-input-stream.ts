import { createReadStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CliError } from './cli-error.ts';

/** Opens a file (or stdin for `-`/''/undefined) as a stream, with the same errors as readInput. */
export async function openInputStream(
  file: string | undefined,
  stdin: NodeJS.ReadStream = process.stdin,
): Promise<Readable> {
  if (file !== undefined && file !== '-' && file !== '') {
    try {
      await access(file, constants.R_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(
        `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`,
      );
    }
    return createReadStream(file, { encoding: 'utf8' });
  }
  if (stdin.isTTY) throw new CliError('no input: pass a file, or pipe V1 bodies on stdin (see --help)');
  stdin.setEncoding('utf8');
  return stdin;
}
