import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseTree, type ParseError } from 'jsonc-parser';
import { decodeText } from '../files/decode-text.ts';
import { detectBinary, BINARY_SNIFF_BYTES } from '../files/detect-binary.ts';
import { detectMachineMade } from '../files/detect-machine-made.ts';
import { readFileBytes } from '../files/read-file-bytes.ts';
import type { DiscoveredFile } from '../files/discover-files.ts';
import { findJsonV1Bodies } from '../analyze/json/find-json-v1-bodies.ts';
import { findApidocData } from '../analyze/json/find-apidoc-data.ts';
import {
  RULES_BY_CODE,
  formatMessage,
  TODO_MARKER_TAG,
  V1_SEGMENT,
  SDK_MODULES,
  redactSecrets,
} from 'rb-migrate-runtime/mapping';
import type { Site } from '../analyze/model.ts';
import { applySuppressions } from './apply-suppressions.ts';
import { reportSites } from './report-sites.ts';
import { findCommentRanges } from './find-comment-ranges.ts';
import { findSuppressions } from './find-suppressions.ts';
import { mayHaveV1Shape, V1_SHAPE_NEEDLE } from '../analyze/may-have-v1-shape.ts';
import { createMentionTest } from '../files/create-mention-test.ts';
import { detectTodoMarkers } from './rules/detect-todo-markers.ts';
import { detectV1UrlsInText } from './rules/detect-v1-urls-in-text.ts';
import { detectShellSites } from './rules/detect-shell-sites.ts';
import { SHELL_KINDS } from '../analyze/shell/shell-kinds.ts';
import type { Finding, RawFinding, Suppression } from './types.ts';

/** Files larger than this are scanned line by line from a stream instead of being loaded whole. */
export const STREAM_THRESHOLD_BYTES = 4 * 1024 * 1024;

const JS_EXTENSIONS = new Set(['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts']);
/** Every needle the tests below start from: a text file holding none of them has no finding of its own. */
export const SCAN_NEEDLES: readonly string[] = [V1_SEGMENT, TODO_MARKER_TAG, V1_SHAPE_NEEDLE, ...SDK_MODULES];
/** All of them in one pass: most files match none and stop there. */
const mayMention = createMentionTest(SCAN_NEEDLES);

export interface ScanResult {
  status: 'scanned' | 'skipped';
  reason?: string;
  findings: Finding[];
  suppressed: number;
}

/**
 * Scans one file for every checker rule. Binary, generated, minified and `.d.ts` files are skipped with a
 * reason; a cheap byte-level prefilter avoids decoding files that cannot match; JS/TS candidates are parsed
 * once (Babel) for precise detection, by `runScanJs` (in-band by default; the CLI hands it to a worker
 * pool), other text files get a comment-aware URL scan; files above STREAM_THRESHOLD_BYTES are streamed
 * line by line. `plain`: the caller knows the file is not binary and holds none of SCAN_NEEDLES.
 */
export async function scanFile(
  file: DiscoveredFile,
  sites: readonly Site[] = [],
  plain = false,
): Promise<ScanResult> {
  const extension = extensionOf(file.path);
  if (/\.d\.[cm]?ts$/i.test(file.path)) return skipped('TypeScript declaration file');
  // Known (from an earlier read or from git) to hold none of SCAN_NEEDLES and no NUL byte: not read again.
  if (plain && sites.length === 0) return { status: 'scanned', findings: [], suppressed: 0 };
  const read = readFileBytes(file.absolute, STREAM_THRESHOLD_BYTES);
  if (read.kind === 'error') return skipped(`cannot read (${read.code})`);
  if (read.kind === 'too-large') {
    const head = readHead(file.absolute);
    if (typeof head === 'string') return skipped(`cannot read (${head})`);
    if (detectBinary(head)) return skipped('binary file');
    return await scanStreamed(file, extension);
  }
  // A view of readFileBytes' scratch buffer: used only until the text is decoded below, with no await between.
  const { bytes } = read;
  if (detectBinary(bytes)) return skipped('binary file');
  if (!mayMention(bytes) && sites.length === 0) return { status: 'scanned', findings: [], suppressed: 0 };
  const isJs = JS_EXTENSIONS.has(extension);
  const hasSensei = bytes.includes(V1_SEGMENT);
  const hasMarker = bytes.includes(TODO_MARKER_TAG);
  const maybeShape = (isJs || extension === 'json' || extension === 'jsonc') && mayHaveV1Shape(bytes);
  const hasSdk = isJs && SDK_MODULES.some((m) => bytes.includes(m));
  if (!hasSensei && !hasMarker && !maybeShape && !hasSdk && sites.length === 0)
    return { status: 'scanned', findings: [], suppressed: 0 };

  const { text } = decodeText(bytes);
  return scanText(text, file.path, sites, maybeShape);
}

/**
 * Scans one decoded text (what scanFile read, or what an editor holds: the ESLint rule) against the
 * analysis' sites for that file: machine-made texts are skipped, the residual detectors run, reportSites
 * turns sites and residual into findings, and `rb-migrate-ignore` comments apply.
 */
export function scanText(
  text: string,
  path: string,
  sites: readonly Site[] = [],
  maybeShape = true,
): ScanResult {
  const extension = extensionOf(path);
  const isJs = JS_EXTENSIONS.has(extension);
  const machine = detectMachineMade(text.slice(0, 8192), { minifiable: isJs || extension === 'css' });
  // A minified or generated file is never rewritten: a V1 use in it is the analysis' RB330 site. A file of
  // the V1 SDK's own package is left whole the same way: its RB342 site is what is reported.
  const own = sites.filter((s) => s.decision.kind === 'leave' && s.rule === 'RB342');
  if (machine || own.length > 0) {
    const left =
      own.length > 0 ? own : sites.filter((s) => s.decision.kind === 'leave' && s.rule === 'RB330');
    if (left.length === 0) return skipped(machine!);
    const findings = toFindings(reportSites([], left), path, new LineIndex(text));
    return { status: 'scanned', findings, suppressed: 0 };
  }

  // The residual: what no site of the analysis covers (markers, V1 URLs in text and comments); the sites
  // themselves say what rewrite fixes and what it leaves. Shell scripts and Markdown are read by the shell
  // analysis (the same sites rewrite acts on), whose findings carry the catalogue's fixability.
  const markers = detectTodoMarkers(text);
  const inMarker = (r: RawFinding) =>
    r.rule === 'RB307' &&
    markers.some((m) => r.index > m.index && r.index < (text.indexOf('\n', m.index) + 1 || text.length + 1));
  const shellKind = SHELL_KINDS[extension];
  // apidoc's api_data.js is JSON data in define(...): checked like its JSON twin.
  const apidoc = isJs ? findApidocData(text) : undefined;
  const residual: RawFinding[] = [
    ...markers,
    ...(shellKind
      ? detectShellSites(text, shellKind).map((r) => ({ ...r, fixable: RULES_BY_CODE[r.rule].fixable }))
      : detectV1UrlsInText(
          text,
          findCommentRanges(text, extension),
          isJs && !apidoc ? 'js' : 'other-file',
        ).filter((r) => !inMarker(r))),
  ];
  if ((extension === 'json' || extension === 'jsonc') && maybeShape) residual.push(...scanJsonShapes(text));
  if (apidoc && maybeShape)
    residual.push(
      ...scanJsonShapes(text.slice(apidoc.start, apidoc.end)).map((r) => ({
        ...r,
        index: r.index + apidoc.start,
      })),
    );
  // Markdown: the sites are those of its JS/TS code blocks (the shell analysis reports the shell blocks).
  const raw = reportSites(dedupe(residual), sites);
  const lines = new LineIndex(text);
  const findings = toFindings(raw, path, lines);
  const { kept, suppressed } = applySuppressions(findings, findSuppressions(text), path, (n) =>
    lines.text(n),
  );
  return { status: 'scanned', findings: kept, suppressed };
}

function scanJsonShapes(text: string): RawFinding[] {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (!root) return [];
  return findJsonV1Bodies(root).map((b) => ({ rule: 'RB302' as const, index: b.node.offset, length: 1 }));
}

async function scanStreamed(file: DiscoveredFile, extension: string): Promise<ScanResult> {
  const isJs = JS_EXTENSIONS.has(extension);
  const findings: Finding[] = [];
  const suppressions: Suppression[] = [];
  const keptLines = new Map<number, string>();
  const stream = createReadStream(file.absolute, { encoding: 'latin1', highWaterMark: 1024 * 1024 });
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of reader) {
    lineNo++;
    if (!line.includes(V1_SEGMENT) && !line.includes(TODO_MARKER_TAG)) continue;
    const raw = [
      ...detectTodoMarkers(line),
      ...detectV1UrlsInText(line, findCommentRanges(line, extension), isJs ? 'js' : 'other-file'),
    ];
    for (const s of findSuppressions(line)) suppressions.push({ ...s, line: lineNo });
    const single = new LineIndex(line);
    for (const f of toFindings(dedupe(raw), file.path, single))
      findings.push({ ...f, line: lineNo, endLine: lineNo });
    keptLines.set(lineNo, line);
  }
  const { kept, suppressed } = applySuppressions(
    findings,
    suppressions,
    file.path,
    (n) => keptLines.get(n) ?? '',
  );
  return { status: 'scanned', findings: kept, suppressed };
}

function toFindings(raw: readonly RawFinding[], path: string, lines: LineIndex): Finding[] {
  return raw.map((r) => {
    const rule = RULES_BY_CODE[r.rule];
    const start = lines.position(r.index);
    const end = lines.position(r.index + r.length);
    const finding: Finding = {
      path,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      rule: r.rule,
      severity: rule.severity,
      message: r.message ?? formatMessage(rule.message, { value: r.value }).replace(/ unset$/, ''),
      fixable: r.fixable ?? false,
      snippet: redactSecrets(lines.text(start.line).trim()).slice(0, 300),
    };
    if (r.replacement !== undefined) finding.replacement = r.replacement;
    return finding;
  });
}

function dedupe(raw: readonly RawFinding[]): RawFinding[] {
  const seen = new Set<string>();
  return raw.filter((r) => {
    const key = `${r.rule}:${r.index}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first bytes of a file (for the binary sniff of files too large to load), or the error code. */
function readHead(absolute: string): Buffer | string {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, 'r');
    const head = Buffer.alloc(BINARY_SNIFF_BYTES);
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? String(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function skipped(reason: string): ScanResult {
  return { status: 'skipped', reason, findings: [], suppressed: 0 };
}

function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  // Dotfiles: `.env` → env, `.bashrc` → bashrc; `.env.local` → local is treated like env below.
  if (base.startsWith('.env')) return 'env';
  return dot <= 0 ? base.replace(/^\./, '') : base.slice(dot + 1);
}

/** Offset → 1-based line/column, and line texts. */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
  text(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const end = this.starts[line] ?? this.source.length + 1;
    return this.source.slice(start, end - 1).replace(/\r$/, '');
  }
}
