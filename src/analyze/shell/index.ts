/**
 * The shell surface of the one analysis (see analyze-shell.ts). Interface for the lead's analysis model:
 *
 *   analyzeShell(text, { kind: 'shell' | 'markdown', path }) → { sites: ShellSite[] }
 *
 * Each site has a `decision` (`migrate`, `migrate-with-loss`, `leave`), a reason/trace `code`, and the exact
 * `edits` rewrite makes (traces included). check reports the same sites (src/check/rules/detect-shell-sites.ts).
 */
export { analyzeShell } from './analyze-shell.ts';
export type {
  AnalyzeShellOptions,
  ShellAnalysis,
  ShellDecision,
  ShellEdit,
  ShellSite,
  ShellSiteKind,
} from './types.ts';
