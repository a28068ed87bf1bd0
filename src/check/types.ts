import type { RuleCode, Severity } from 'rb-migrate-runtime/mapping';

/** What a detector reports: a rule and where in the scanned text (character offsets). */
export interface RawFinding {
  rule: RuleCode;
  /** Offset of the finding in the text. */
  index: number;
  /** Length of the flagged text (for SARIF regions and fixes). */
  length: number;
  /** Fills `{value}` in the rule message. */
  value?: string;
  /** A concrete replacement `rewrite` would make for exactly this range (SARIF fix). */
  replacement?: string;
  /** `rb-migrate rewrite` changes it (a migrated site of the analysis); false when unset. */
  fixable?: boolean;
  /** Replaces the rule's message (a site's own reason). */
  message?: string;
}

/** One checker finding, as printed in every output format. Lines and columns are 1-based. */
export interface Finding {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: RuleCode;
  severity: Severity;
  message: string;
  fixable: boolean;
  /** The trimmed source line (fingerprints and SARIF snippets). */
  snippet: string;
  replacement?: string;
  /** Stable id for baselines (rule + path + normalised snippet + occurrence). */
  fingerprint?: string;
  /** Set when the finding is suppressed: in the source (`rb-migrate-ignore`) or by the baseline. */
  suppression?: FindingSuppression;
}

/** Why a finding does not count: SARIF `suppressions[]` kinds (inSource comment, external baseline). */
export interface FindingSuppression {
  kind: 'inSource' | 'external';
  /** The reason written after the colon, or which baseline file holds it. */
  justification: string;
}

/** A `rb-migrate-ignore` comment. */
export interface Suppression {
  line: number;
  /** Empty = every rule. */
  codes: string[];
  reason: string;
  /** The comment is alone on its line, so it also covers the next line. */
  standalone: boolean;
}

/** Where `rb-migrate check --cache` writes the analysis, relative to the directory check runs in. */
export const ANALYSIS_CACHE_FILE = 'node_modules/.cache/rb-migrate/analysis.json';

/**
 * What `rb-migrate check --cache` leaves for the ESLint rule (src/eslint): the whole-project analysis, so an
 * editor that sees one file reports what check reports. Keyed by absolute path; an entry holds only while
 * the file's text still hashes to `hash` and the rb-migrate version is the same.
 */
export interface AnalysisCache {
  version: string;
  /** The project context the plans were made with (absolute paths), replayed to compute the rule's fixes. */
  options: import('../analyze/analyze-project.ts').ProjectOptions;
  files: Record<string, CachedFile>;
}

export interface CachedFile {
  /** hashText of the decoded text (no BOM), as ESLint holds it. */
  hash: string;
  /** check's findings for the file (not suppressed, before any baseline). */
  findings: Omit<Finding, 'path' | 'snippet' | 'fingerprint' | 'suppression'>[];
  /** Files whose V1 usage changes together with this one (findChangeGroups); absent when none. */
  together?: string[];
}
