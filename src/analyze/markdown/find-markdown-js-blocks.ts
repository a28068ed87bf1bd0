import { isRewriteCandidate } from '../project/is-rewrite-candidate.ts';
import { findMarkdownBlocks, type MarkdownBlock } from '../shell/find-markdown-blocks.ts';
import { isBesideV2 } from '../shell/is-beside-v2.ts';
import { JS_FENCES } from '../shell/js-fences.ts';

export interface MarkdownJsBlock extends MarkdownBlock {
  /** The extension the block is parsed as (`js`, `ts`, `tsx`, …). */
  extension: string;
}

/**
 * The ```js / ```ts (jsx, tsx, mjs, cjs) blocks of a Markdown text that may use V1 and go through the JS
 * engine. A V1 block beside its V2 counterpart (a migration guide showing both) is documentation: it is not
 * listed (the shell analysis notes it as RB321 and nothing rewrites it).
 */
export function findMarkdownJsBlocks(text: string): MarkdownJsBlock[] {
  const blocks = findMarkdownBlocks(text);
  return blocks.flatMap((block, i): MarkdownJsBlock[] => {
    const extension = JS_FENCES[block.lang];
    if (extension === undefined) return [];
    if (!isRewriteCandidate(Buffer.from(text.slice(block.start, block.end)))) return [];
    if (isBesideV2(text, blocks, i, { labelled: true })) return [];
    return [{ ...block, extension }];
  });
}
