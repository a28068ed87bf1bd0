import type { MigrateOptions, MigrateResult, MigrationTodo } from '../js/types.ts';
import { SourceParseError } from '../js/types.ts';
import { RULES_BY_CODE, formatMessage } from 'rb-migrate-runtime/mapping';
import { RESPONSE_PATHS } from 'rb-migrate-runtime/translate';
import { createLineIndex } from '../create-line-index.ts';
import { deriveJsSites } from '../js/derive-js-sites.ts';
import type { Site } from '../model.ts';
import type { MarkdownJsBlock } from './find-markdown-js-blocks.ts';
import { findMarkdownBlocks } from '../shell/find-markdown-blocks.ts';
import { JS_FENCES } from '../shell/js-fences.ts';

export interface MarkdownJsPlan {
  output: string;
  /** At offsets of the input text. */
  sites: Site[];
  /**
   * The blocks the engine planned, as ranges of the output's content, with their TODOs (`line` 1 is the
   * block's first line, 0 its fence): their own sites stand for the V1 mentions inside them.
   */
  planned: { start: number; end: number; todos: MigrationTodo[] }[];
}

/**
 * Markdown JS/TS code blocks through the JS engine: each block is analysed as a source of its own (closed
 * world per block: a snippet shares nothing with the rest of the page), so its URL, body and response reads
 * change together or not at all, exactly as in a file. The block's content is dedented by its fence's
 * indentation first (a block inside a list item) and indented back after; the engine's TODOs land inside the
 * fence as `//` comments; its sites are mapped back to offsets of the Markdown text, grouped per block. A
 * block that does not parse is left untouched and reported (RB250).
 */
export function planMarkdownJsBlocks(
  text: string,
  blocks: readonly MarkdownJsBlock[],
  file: { path: string; absolute: string },
  migrate: (source: string, options: MigrateOptions) => MigrateResult,
): MarkdownJsPlan {
  const lines = createLineIndex(text);
  const sites: Site[] = [];
  const planned: MarkdownJsPlan['planned'] = [];
  let output = '';
  let from = 0;
  for (const block of blocks) {
    output += text.slice(from, block.start);
    from = block.end;
    const content = text.slice(block.start, block.end);
    const fenceLine = lines.position(block.fenceStart).line;
    const group = `${file.path}#L${fenceLine}`;
    const { source, removed } = dedent(content, block.indent.length);
    /** The block kept as it is, one site left with `code` (reported by check; no marker in the page). */
    const leaveBlock = (code: 'RB250' | 'RB343', message: string) => {
      const start = output.length;
      output += content;
      planned.push({ start, end: output.length, todos: [{ line: 0, code, message }] });
      sites.push({
        kind: 'other',
        rule: code,
        start: block.fenceStart,
        end: block.end,
        ...lines.position(block.fenceStart),
        decision: { kind: 'leave', code, message },
        group,
      });
    };
    let result: MigrateResult;
    try {
      result = migrate(source, { filename: `${file.absolute}.L${fenceLine}.${block.extension}` });
    } catch (error) {
      if (!(error instanceof SourceParseError)) throw error;
      const message = `${RULES_BY_CODE.RB250.message.replace('{value}', `(${error.message.replace(/^.*?:(\d+:\d+): /, 'line $1 of the block: ')})`)}. ${RULES_BY_CODE.RB250.hint}`;
      leaveBlock('RB250', message);
      continue;
    }
    // The blocks of a page run as one program: a later block reading this block's job response's _links
    // would read a V2 response, so a block that would change stays V1 with it (RB343).
    const readLater = result.output !== source ? findLaterLinksRead(source, block.end, text) : undefined;
    if (readLater) {
      leaveBlock(
        'RB343',
        `${formatMessage(RULES_BY_CODE.RB343.message, { value: readLater })}. ${RULES_BY_CODE.RB343.hint}`,
      );
      continue;
    }
    const start = output.length;
    output += indent(toLineMarkers(result.output, source), block.indent);
    planned.push({ start, end: output.length, todos: result.todos });
    const toText = mapOffsets(content, removed, block.start);
    const whole = { start: block.start, end: block.end };
    for (const site of deriveJsSites(source, result, group)) {
      const start = toText(site.start);
      const mapped: Site = {
        ...site,
        start,
        end: Math.max(toText(site.end), start + 1),
        ...lines.position(start),
        ...(site.covers
          ? { covers: site.covers.map((c) => ({ start: toText(c.start), end: toText(c.end) })) }
          : {}),
      };
      // A site left V1 stands for every V1 mention of its block (reported once, with its reason).
      if (mapped.decision.kind === 'leave') mapped.covers = [...(mapped.covers ?? []), whole];
      sites.push(mapped);
    }
  }
  output += text.slice(from);
  return { output, sites, planned };
}

/**
 * The first name this block declares (`const job = …`) whose `_links` a later JS/TS block of the page reads
 * (`job._links`, `job['_links']`; any such block, V1 or not), if any.
 */
function findLaterLinksRead(source: string, after: number, text: string): string | undefined {
  const declared = [...source.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!);
  if (declared.length === 0) return undefined;
  const [links] = RESPONSE_PATHS.statusLink.v1;
  const later = findMarkdownBlocks(text).filter((b) => b.start >= after && JS_FENCES[b.lang] !== undefined);
  for (const block of later) {
    const code = text.slice(block.start, block.end);
    for (const name of declared) {
      const escaped = name.replace(/\$/g, '\\$');
      const read = new RegExp(
        `(?<![\\w$.])${escaped}(?:\\??\\.${links}\\b|(?:\\?\\.)?\\[\\s*['"]${links}['"])`,
      );
      if (read.test(code)) return name;
    }
  }
  return undefined;
}

/** The content without up to `width` leading spaces per line, and how many were removed from each line. */
function dedent(content: string, width: number): { source: string; removed: number[] } {
  const removed: number[] = [];
  const source = content
    .split('\n')
    .map((line) => {
      const strip = width === 0 ? 0 : Math.min(width, /^ */.exec(line)![0].length);
      removed.push(strip);
      return line.slice(strip);
    })
    .join('\n');
  return { source, removed };
}

function indent(source: string, prefix: string): string {
  if (prefix === '') return source;
  return source.replace(/^(?=[^\n])/gm, prefix);
}

/** An offset of the dedented source → the offset in the Markdown text. */
function mapOffsets(content: string, removed: readonly number[], base: number): (offset: number) => number {
  const starts = [0];
  for (let i = content.indexOf('\n'); i !== -1; i = content.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let line = 0;
    let seen = 0;
    // Walk the dedented lines until the one holding `offset`.
    for (; line < starts.length - 1; line++) {
      const length = starts[line + 1]! - starts[line]! - removed[line]!;
      if (seen + length > offset) break;
      seen += length;
    }
    return base + starts[line]! + removed[line]! + (offset - seen);
  };
}

/** The engine's block-comment markers it inserted, on their own lines, as `//` comments. */
function toLineMarkers(output: string, input: string): string {
  return output.replace(
    /^([ \t]*)\/\* (rb-migrate RB\d{3}: [^\n]*?) \*\/$/gm,
    (line, space: string, body: string) => (input.includes(line) ? line : `${space}// ${body}`),
  );
}
