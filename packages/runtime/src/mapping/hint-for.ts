import type { Rule } from './rules.ts';

/**
 * The hint shown with a finding, following the analysis' decision on it: a fixable rule's finding that
 * `rewrite` does not migrate (the site was left V1) gets the rule's manual hint instead of "run rewrite".
 * The one place every output format reads hints from.
 */
export function hintFor(rule: Rule, fixable: boolean): string {
  return rule.fixable && !fixable && rule.manualHint ? rule.manualHint : rule.hint;
}
