/**
 * The one model of V1 usage that `check` reports and `rewrite` applies (see analyzeProject). Plain data, so
 * it crosses worker threads.
 *
 * A **site** is one place that uses V1 (an endpoint, a request body, a status/response read, an SDK call or
 * client, a config value, a URL in text). Each site carries ONE decision:
 * - `migrate`: rewrite changes it (its edits are in the file's plan); check reports it as fixable;
 * - `migrate-with-loss`: rewrite changes it and leaves coded TODOs for what V2 cannot keep;
 * - `leave`: rewrite does not change it (a coded TODO says why where the file can hold one); check reports
 *   it as needing a human, with the reason code.
 * Sites that must change together (a URL, its body and the response reads; a shared value and every consumer)
 * share a `group` key, possibly across files: the closed-world rule (decideSites) makes a group all or nothing.
 */
import type { RuleCode } from 'rb-migrate-runtime/mapping';

export type SiteKind =
  | 'endpoint'
  | 'body'
  | 'status-url'
  | 'response-read'
  | 'sdk-call'
  | 'sdk-client'
  | 'sdk-import'
  | 'config-value'
  | 'text-url'
  | 'other';

export type Decision =
  | { kind: 'migrate' }
  | { kind: 'migrate-with-loss'; losses: { code: string; message: string }[] }
  | { kind: 'leave'; code: string; message: string };

export interface Site {
  kind: SiteKind;
  /** The checker rule the site is reported under while it is V1 (RB300 endpoint, RB303 SDK call, …). */
  rule: RuleCode;
  /** Offsets in the analysed text (end exclusive); 1-based line and column of `start`. */
  start: number;
  end: number;
  line: number;
  column: number;
  decision: Decision;
  /** Sites with the same key change together or not at all. */
  group: string;
  /** Short text for messages (the V1 path, the SDK method, …). */
  value?: string;
  /** Other text the site is made of (its URL constant, its body), whose residual findings it stands for. */
  covers?: { start: number; end: number }[];
}

/**
 * A value other files use too (a V1 URL in an exported constant: `<exporter path>#<name>`), as one file's
 * plan uses it: `applied` when every request of the file that sends it was migrated. The closed world
 * (decideSharedUses) holds the value V1 everywhere as soon as one file cannot migrate with it.
 */
export interface SharedUse {
  key: string;
  applied: boolean;
}

/** Whether rewrite changes this site. */
export function isMigrated(site: Site): boolean {
  return site.decision.kind !== 'leave';
}
