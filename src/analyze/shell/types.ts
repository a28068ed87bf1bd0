import type { RuleCode } from 'rb-migrate-runtime/mapping';

/** A replacement of `length` characters at `offset` in the analysed text (same shape as rewrite's TextEdit). */
export interface ShellEdit {
  offset: number;
  length: number;
  content: string;
}

/** One piece of a shell word: literal text, or an expansion (`$x`, `${x}`, `$(…)`, `` `…` ``). */
export type WordPart =
  | { kind: 'text'; text: string; start: number; end: number; quote: "'" | '"' | undefined }
  | {
      kind: 'expansion';
      raw: string;
      name: string | undefined;
      start: number;
      end: number;
      quote: '"' | undefined;
    };

/** A shell word: its source range and the parts it is made of (quotes removed). */
export interface ShellWord {
  start: number;
  end: number;
  raw: string;
  parts: WordPart[];
  /** The unquoted value when the word has no expansion. */
  value: string | undefined;
  /** The first quote character of the word, if any. */
  quote: "'" | '"' | undefined;
}

/** A here-document attached to a command (`<<EOF` … `EOF`). */
export interface HereDoc {
  /** Range of the body (between the operator's line and the delimiter line). */
  start: number;
  end: number;
  /** `<<'EOF'`: no expansions in the body. */
  quoted: boolean;
}

/** One simple command (a pipeline stage), as the lexer found it. */
export interface ShellCommand {
  start: number;
  end: number;
  words: ShellWord[];
  hereDoc?: HereDoc;
  /** The character that ended the previous command (`\n`, `;`, `|`, `&`, `(`, `)`), or '' at the start. */
  after: string;
  /** The variable the command's output is captured into (`name=$(cmd …)`), if any. */
  capture?: string;
  /** Where a trace for this command goes: the start of the line that begins its statement. */
  lineStart: number;
  /** Indentation of that line. */
  indent: string;
}

/**
 * What the analysis decides for one site (one-analysis model): `migrate` with its edits, `migrate-with-loss`
 * (edits plus traces naming what is lost), or `leave` (no change to the site; a reason code, and a trace
 * when rewrite writes one).
 */
export type ShellDecision = 'migrate' | 'migrate-with-loss' | 'leave';

export type ShellSiteKind =
  /** A V1 request (curl to /sensei/cutout|mask), with its endpoint variable, body, headers and reads. */
  | 'request'
  /** A V1 status URL used directly. */
  | 'status-url'
  /** A V1 URL the analysis cannot tie to a request (assignment never used by curl, another tool, ...). */
  | 'mention'
  /** A V1 URL in a comment (shell) — never rewritten. */
  | 'comment'
  /** Markdown: a V1 example beside its V2 counterpart, or V1 named in prose about the migration. */
  | 'intentional'
  /** A `# rb-migrate RBxxx: …` / `<!-- rb-migrate RBxxx: … -->` trace already in the text. */
  | 'trace'
  /** A chained call to another Adobe service (Photoshop API v1) — out of scope, noted at `info`. */
  | 'other-service';

export interface ShellSite {
  kind: ShellSiteKind;
  decision: ShellDecision;
  /** Where the site is reported (the V1 URL, the trace, the other-service command). */
  offset: number;
  length: number;
  /** Reason or trace code: why a site is left, or the code a trace carries. */
  code?: RuleCode | string;
  /** `{value}` of the report (the site's own variables or URL; never credentials). */
  value: string;
  /** Exact text edits rewrite makes for this site (empty for `leave` sites without a trace to write). */
  edits: ShellEdit[];
  /** Traces rewrite writes (already included in `edits`), for rewrite's report. */
  traces: Array<{ code: string; message: string; offset: number }>;
  /** Other V1 locations that belong to this site (e.g. the endpoint variable, the `_links.self.href` read). */
  related: Array<{ offset: number; length: number; what: 'endpoint' | 'links-read' }>;
  /** A request left V1 whose body is read from a file (`-d @body.json`): that path, as written. */
  bodyFile?: string;
}

export interface ShellAnalysis {
  sites: ShellSite[];
}

export interface AnalyzeShellOptions {
  kind: 'shell' | 'markdown';
  path?: string;
}
