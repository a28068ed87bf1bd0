import { formatMessage, RULES_BY_CODE, SDK_MODULES, createV1PathPattern } from 'rb-migrate-runtime/mapping';
import { createLineIndex } from '../create-line-index.ts';
import type { Site } from '../model.ts';

/**
 * A minified or generated file (`reason`, from detectMachineMade) is never rewritten, but when it uses V1 (a
 * V1 path, or a V1 SDK package) it is one site left V1 with RB330, so that `check` and `rewrite` say the
 * same thing about it: migrate its source and rebuild it. Undefined when the file does not use V1.
 */
export function leaveMachineMade(
  text: string,
  path: string,
  reason: string,
): { todo: { line: number; code: 'RB330'; message: string }; site: Site } | undefined {
  const match = createV1PathPattern('').exec(text);
  const sdk = SDK_MODULES.map((m) => ({ m, at: text.indexOf(m) })).find((s) => s.at !== -1);
  if (!match && !sdk) return undefined;
  const start = match ? match.index + match[1]!.length : sdk!.at;
  const value = match ? `/${match[2]}` : sdk!.m;
  const rule = RULES_BY_CODE.RB330;
  const message = `${formatMessage(rule.message, { value })} (${reason}). ${rule.hint}`;
  const at = createLineIndex(text).position(start);
  return {
    todo: { line: at.line, code: 'RB330', message },
    site: {
      kind: 'other',
      rule: 'RB330',
      start,
      end: start + value.length,
      ...at,
      decision: { kind: 'leave', code: 'RB330', message },
      group: path,
      value,
    },
  };
}
