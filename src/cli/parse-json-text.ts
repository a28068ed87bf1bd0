import { CliError } from './cli-error.ts';

/** JSON.parse with an error that names line and column (and the input's name). */
export function parseJsonText(text: string, name: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = (error as Error).message;
    const pos = /position (\d+)/.exec(message)?.[1];
    let where = '';
    if (pos !== undefined) {
      const before = text.slice(0, Number(pos));
      const line = before.split('\n').length;
      const column = Number(pos) - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${column}`;
    }
    throw new CliError(
      `${name}: invalid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
    );
  }
}
