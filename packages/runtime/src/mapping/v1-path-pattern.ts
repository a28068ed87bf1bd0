import { ENDPOINTS } from './endpoints.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A RegExp (built from ENDPOINTS) matching a V1 Remove Background path inside a URL or path string:
 * `/sensei/cutout`, `sensei/mask` (relative), `/sensei/status/` (+ id). Group 1 is the leading `/` or empty,
 * group 2 the matched V1 path without its leading slash. Other `/sensei/<name>` paths do not match.
 */
export function createV1PathPattern(flags = 'g'): RegExp {
  const alternatives = ENDPOINTS.map((e) => {
    const body = escape(e.v1.replace(/^\//, ''));
    return e.kind === 'submit' ? `${body}(?![\\w-])(?!/\\w)` : body;
  });
  return new RegExp(`(/|(?<![\\w.\\-/]))(${alternatives.join('|')})`, flags);
}
