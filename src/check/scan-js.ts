import { findCommentRanges } from './find-comment-ranges.ts';
import { collectConstants } from './collect-constants.ts';
import { detectJsCommentUrls } from './rules/detect-js-comment-urls.ts';
import { detectJsEndpoints } from './rules/detect-js-endpoints.ts';
import { detectLinksSelf } from './rules/detect-links-self.ts';
import { detectV1PayloadShape } from './rules/detect-v1-payload-shape.ts';
import { detectV1SdkCalls } from './rules/detect-v1-sdk-calls.ts';
import { parseJs } from './parse-js.ts';
import { detectV1UrlsInText } from './rules/detect-v1-urls-in-text.ts';
import type { RawFinding } from './types.ts';

/**
 * The JS/TS rules of one file: parse once (Babel, error recovery on), then endpoints, SDK calls, V1-shaped
 * payloads, `_links.self.href` on V1 jobs and V1 URLs in comments. Source Babel cannot read still gets the
 * comment-aware text scan. Pure (text in, findings out), so it can run on a worker thread.
 */
export function scanJs(text: string, extension: string): RawFinding[] {
  let ast;
  try {
    ast = parseJs(text, extension);
  } catch {
    return detectV1UrlsInText(text, findCommentRanges(text, extension), 'js');
  }
  const constants = collectConstants(ast);
  const endpoints = detectJsEndpoints(ast, constants);
  const sdk = detectV1SdkCalls(ast);
  const v1Calls = [...endpoints.filter((f) => f.rule === 'RB300'), ...sdk].map((f) => f.index);
  return [
    ...endpoints,
    ...sdk,
    ...detectV1PayloadShape(ast, constants),
    ...detectLinksSelf(ast, text, v1Calls),
    ...detectJsCommentUrls(ast.comments ?? []),
  ];
}
