import { V2_PATHS, createV1PathPattern } from 'rb-migrate-runtime/mapping';
import type { RuleCode } from 'rb-migrate-runtime/mapping';
import { analyzeScript } from './analyze-script.ts';
import { findMarkdownBlocks } from './find-markdown-blocks.ts';
import { isBesideV2 } from './is-beside-v2.ts';
import { JS_FENCES } from './js-fences.ts';
import { findShellTraces } from './format-shell-trace.ts';
import type { AnalyzeShellOptions, ShellAnalysis, ShellSite } from './types.ts';

/** Prose that talks about V1 or the migration (a V1 URL there is a mention, not an instruction). */
const MIGRATION_PROSE = /\bV1\b|deprecat|legacy|migrat/i;

/**
 * The shell surface of the one analysis. For a shell script (`kind: 'shell'`) or the shell code blocks of a
 * Markdown file (`kind: 'markdown'`): one site per V1 request (URL, body, headers and response reads decided
 * together), V1 status URLs, other V1 mentions, traces already written, and Photoshop API v1 calls.
 * `rewrite` applies every site's `edits`; `check` reports every site: so the two agree by construction.
 * In Markdown, a V1 example beside its V2 counterpart (same section, labelled V1 or followed by the V2
 * block) and V1 URLs in prose about V1 or the migration are intentional mentions, never rewritten.
 */
export function analyzeShell(text: string, options: AnalyzeShellOptions): ShellAnalysis {
  const sites: ShellSite[] = [];
  if (options.kind === 'shell')
    sites.push(...analyzeScript(text, { kind: 'shell', from: 0, to: text.length }));
  else sites.push(...analyzeMarkdown(text));
  const traces = findShellTraces(text);
  // A V1 path quoted inside a trace is part of the trace, not a mention of its own.
  const kept = sites.filter((s) => !traces.some((t) => s.offset >= t.index && s.offset < t.index + t.length));
  sites.length = 0;
  sites.push(...kept);
  for (const t of traces) {
    sites.push({
      kind: 'trace',
      decision: 'leave',
      offset: t.index,
      length: t.length,
      code: t.code,
      value: t.message,
      edits: [],
      traces: [],
      related: [],
    });
  }
  return { sites: sites.sort((a, b) => a.offset - b.offset) };
}

function analyzeMarkdown(text: string): ShellSite[] {
  const sites: ShellSite[] = [];
  const blocks = findMarkdownBlocks(text);
  const comments = [...text.matchAll(/<!--[\s\S]*?-->/g)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  const inBlock = (offset: number) => blocks.some((b) => offset >= b.fenceStart && offset < b.end);
  blocks.forEach((block, i) => {
    if (!block.shell) return;
    const content = text.slice(block.start, block.end);
    if (!createV1PathPattern('').test(content)) return;
    if (isBesideV2(text, blocks, i)) {
      for (const m of content.matchAll(createV1PathPattern('g'))) {
        sites.push(noteMention('intentional', 'RB321', block.start, m));
      }
      return;
    }
    const later = blocks.slice(i + 1).filter((b) => b.shell);
    sites.push(
      ...analyzeScript(text, {
        kind: 'markdown',
        from: block.start,
        to: block.end,
        traceAt: block.fenceStart,
        later: later.map((b) => ({ from: b.start, to: b.end })),
      }),
    );
  });
  for (const m of text.matchAll(createV1PathPattern('g'))) {
    const offset = m.index;
    if (inBlock(offset) || isInTrace(text, offset)) continue;
    if (comments.some(([s, e]) => offset >= s && offset < e)) {
      sites.push(noteMention('comment', 'RB307', 0, m));
      continue;
    }
    const paragraph = paragraphAt(text, offset);
    const intentional = MIGRATION_PROSE.test(paragraph) || paragraph.includes(V2_PATHS.removeBackground);
    sites.push(noteMention(intentional ? 'intentional' : 'mention', intentional ? 'RB322' : 'RB306', 0, m));
  }
  blocks.forEach((block, i) => {
    if (block.shell) return;
    // A JS block of a V1/V2 comparison is documentation; other JS blocks go through the JS engine too
    // (planMarkdownJsBlocks), whose sites cover these mentions.
    const besideV2 = JS_FENCES[block.lang] !== undefined && isBesideV2(text, blocks, i, { labelled: true });
    for (const m of text.slice(block.start, block.end).matchAll(createV1PathPattern('g'))) {
      sites.push(
        besideV2
          ? noteMention('intentional', 'RB321', block.start, m)
          : noteMention('mention', 'RB306', block.start, m),
      );
    }
  });
  return sites;
}

/** A site for a V1 path matched (createV1PathPattern) at `base + m.index`, which no rewrite touches. */
function noteMention(kind: ShellSite['kind'], code: RuleCode, base: number, m: RegExpMatchArray): ShellSite {
  const slash = (m[1] ?? '').length;
  return {
    kind,
    decision: 'leave',
    offset: base + m.index!,
    length: slash + m[2]!.length,
    code,
    value: `/${m[2]}`,
    edits: [],
    traces: [],
    related: [],
  };
}

function paragraphAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n\n', offset);
  const end = text.indexOf('\n\n', offset);
  return text.slice(start === -1 ? 0 : start, end === -1 ? text.length : end);
}

function isInTrace(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  return /<!--\s*rb-migrate RB\d{3}:/.test(text.slice(lineStart, offset));
}
