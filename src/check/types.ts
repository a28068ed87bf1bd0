import type { RuleCode, Severity } from '../spec/rules.ts';

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
