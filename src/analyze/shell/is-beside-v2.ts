import { V2_PATHS } from 'rb-migrate-runtime/mapping';
import type { MarkdownBlock } from './find-markdown-blocks.ts';

/** A V2 body (JSON, or a JS object literal with bare or quoted keys). */
const V2_BODY = /["']?image["']?\s*:\s*\{\s*["']?source\b/;

/**
 * A V1 block with a V2 request in the same section, labelled "V1" or directly followed by the V2 block.
 * `labelled`: only a block its heading or label calls V1 (JS blocks: a block rewrite left V1, say one that
 * does not parse, must not pass for documentation once rewrite has moved its neighbours to V2).
 */
export function isBesideV2(
  text: string,
  blocks: readonly MarkdownBlock[],
  index: number,
  options: { labelled?: boolean } = {},
): boolean {
  const block = blocks[index]!;
  if (options.labelled && !/\bV1\b/i.test(`${block.heading}\n${block.label}`)) return false;
  const isV2 = (b: MarkdownBlock) => {
    const content = text.slice(b.start, b.end);
    return content.includes(V2_PATHS.removeBackground) || V2_BODY.test(content);
  };
  const next = blocks[index + 1];
  const says = (b: MarkdownBlock, version: string) =>
    new RegExp(`\\b${version}\\b`, 'i').test(`${b.heading}\n${b.label}`);
  // "### V1" … "### V2": labelled pairs, also across the headings that label them.
  if (next && isV2(next) && says(block, 'V1') && says(next, 'V2')) return true;
  const sameSection = blocks.filter((b, k) => k !== index && b.section === block.section && isV2(b));
  if (sameSection.length === 0) return false;
  return /\bV1\b/i.test(block.label) || (next !== undefined && next.section === block.section && isV2(next));
}
