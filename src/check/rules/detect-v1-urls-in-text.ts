import { ENDPOINTS, V1_SEGMENT, createV1PathPattern } from 'rb-migrate-runtime/mapping';
import type { RuleCode } from 'rb-migrate-runtime/mapping';
import type { RawFinding } from '../types.ts';

/**
 * RB306 / RB307 (or, for JS/TS that could not be parsed, RB300 / RB301): every V1 Remove Background path in a
 * plain text, with matches inside the given comment ranges reported as RB307 (info).
 */
export function detectV1UrlsInText(
  text: string,
  comments: ReadonlyArray<[number, number]>,
  codeRules: 'other-file' | 'js' = 'other-file',
): RawFinding[] {
  if (!text.includes(V1_SEGMENT)) return [];
  const found: RawFinding[] = [];
  for (const m of text.matchAll(createV1PathPattern('g'))) {
    const index = m.index + (m[1] ?? '').length;
    const path = `/${m[2]}`;
    const inComment = comments.some(([s, e]) => index >= s && index < e);
    const kind = ENDPOINTS.find((e) => e.v1 === path)?.kind;
    const rule: RuleCode = inComment
      ? 'RB307'
      : codeRules === 'js'
        ? kind === 'status'
          ? 'RB301'
          : 'RB300'
        : 'RB306';
    found.push({ rule, index, length: path.length - 1, value: path });
  }
  return found;
}
