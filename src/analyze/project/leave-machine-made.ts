import { formatMessage, RULES_BY_CODE, SDK_MODULES, createV1PathPattern } from 'rb-migrate-runtime/mapping';
import { createLineIndex } from '../create-line-index.ts';
import type { Site } from '../model.ts';

/**
 * A minified or generated file (`reason`, from detectMachineMade) is never rewritten, but when it uses V1 (a
 * V1 path, or a V1 SDK package) it is one site left V1 with RB330, so that `check` and `rewrite` say the
 * same thing about it: migrate its source and rebuild it. Undefined when the file does not use V1.
 * With `code` RB342, the file belongs to the V1 SDK's own package (`reason`: the package name), left whole
 * the same way.
 */
export function leaveMachineMade(
  text: string,
  path: string,
  reason: string,
  code: 'RB330' | 'RB342' = 'RB330',
): { todo: { line: number; code: 'RB330' | 'RB342'; message: string }; site: Site } | undefined {
  const match = createV1PathPattern('').exec(text);
  const sdk = SDK_MODULES.map((m) => ({ m, at: text.indexOf(m) })).find((s) => s.at !== -1);
  if (!match && !sdk) return undefined;
  const start = match ? match.index + match[1]!.length : sdk!.at;
  const value = match ? `/${match[2]}` : sdk!.m;
  const rule = RULES_BY_CODE[code];
  const message =
    code === 'RB330'
      ? `${formatMessage(rule.message, { value })} (${reason}). ${rule.hint}`
      : `${formatMessage(rule.message, { value: reason })}. ${rule.hint}`;
  const at = createLineIndex(text).position(start);
  return {
    todo: { line: at.line, code, message },
    site: {
      kind: 'other',
      rule: code,
      start,
      end: start + value.length,
      ...at,
      decision: { kind: 'leave', code, message },
      group: path,
      value,
    },
  };
}
