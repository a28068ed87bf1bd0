import { createV1PathPattern } from 'rb-migrate-runtime/mapping';
import type { ShellCommand } from './types.ts';
import { type ScriptRegion } from './collect-script-context.ts';

export interface Mention {
  offset: number;
  length: number;
  path: string;
  inCode: boolean;
}

export function findMentions(
  text: string,
  region: ScriptRegion,
  commands: readonly ShellCommand[],
): Mention[] {
  const slice = text.slice(region.from, region.to);
  const found: Mention[] = [];
  for (const m of slice.matchAll(createV1PathPattern('g'))) {
    const offset = region.from + m.index;
    const inCode = commands.some(
      (c) =>
        c.words.some((w) => offset >= w.start && offset < w.end) ||
        (c.hereDoc && offset >= c.hereDoc.start && offset < c.hereDoc.end),
    );
    found.push({ offset, length: (m[1] ?? '').length + m[2]!.length, path: `/${m[2]}`, inCode });
  }
  return found;
}
