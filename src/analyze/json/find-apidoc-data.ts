import { parseTree, type ParseError } from 'jsonc-parser';

/**
 * The JSON document inside an apidoc `api_data.js` (`define({ "api": [ ... ] });`, the JS twin of
 * `api_data.json`): its range, or undefined when the source is not exactly that shape. Such a file is data,
 * and is planned and checked like its JSON twin (whole V1 examples left V1 with RB311 at their own lines).
 */
export function findApidocData(source: string): { start: number; end: number } | undefined {
  const m = /^\s*define\(\s*(?=\{\s*"api"\s*:)/.exec(source);
  if (!m) return undefined;
  const tail = /\}\s*\)\s*;?\s*$/.exec(source);
  if (!tail) return undefined;
  const start = m[0].length;
  const end = tail.index + 1;
  const errors: ParseError[] = [];
  const root = parseTree(source.slice(start, end), errors, { allowTrailingComma: true });
  return root?.type === 'object' && errors.length === 0 ? { start, end } : undefined;
}
