import type { Shard } from './shard-files.ts';

/** Parses `--shard i/n` (1 ≤ i ≤ n). Returns an error message instead of throwing, for the CLI to report. */
export function parseShard(text: string): Shard | string {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return `--shard takes i/n (for example 2/4), got "${text}"`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${text}: need 1 <= i <= n`;
  return { index, count };
}
