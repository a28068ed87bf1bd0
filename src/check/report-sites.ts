import type { Site } from '../analyze/model.ts';
import { ENDPOINTS, RULES_BY_CODE, type RuleCode, formatMessage } from 'rb-migrate-runtime/mapping';
import type { RawFinding } from './types.ts';

/**
 * Check reports the analysis: every residual finding inside a site `rewrite` migrates is fixable (a migrated
 * site with no residual finding is reported on its own); every site left V1 is reported with its reason
 * code (its TODO marker, once rewrite wrote it, is then the same finding and is not reported twice); what
 * no site covers stays as found, needing a human.
 */
export function reportSites(residual: readonly RawFinding[], sites: readonly Site[]): RawFinding[] {
  const leaves = sites.filter((s) => s.decision.kind === 'leave');
  // A site left V1 that spans its value (a config value) reports that value itself.
  const out = residual
    .filter(
      (r) =>
        !leaves.some(
          (s) =>
            (s.end - s.start > 1 && r.index >= s.start && r.index < s.end) ||
            (s.covers ?? []).some((c) => r.index >= c.start && r.index < c.end),
        ),
    )
    .map((r) => ({ ...r }));
  for (const site of sites) {
    if (site.decision.kind === 'leave') continue;
    const inside = out.filter((r) => r.rule !== 'RB305' && r.index >= site.start && r.index < site.end);
    for (const r of inside) {
      r.fixable = true;
      // The exact replacement of a V1 submit path, for SARIF fixes.
      const row = ENDPOINTS.find((e) => e.v1 === r.value && e.kind === 'submit');
      if (row && site.kind === 'endpoint' && r.length === row.v1.length - 1) r.replacement = row.v2.slice(1);
    }
    if (inside.length > 0) continue;
    out.push({
      rule: site.rule,
      index: site.start,
      length: site.end - site.start,
      fixable: true,
      message: describeMigrated(site),
    });
  }
  const shown = new Set<string>();
  for (const site of leaves) {
    if (site.decision.kind !== 'leave') continue;
    const key = `${site.decision.code}:${normalise(site.decision.message)}:${site.start}`;
    if (shown.has(key)) continue;
    shown.add(key);
    out.push({
      rule: site.decision.code as RuleCode,
      index: site.start,
      length: 0,
      fixable: false,
      message: site.decision.message,
    });
  }
  const traced = leaves.map((s) =>
    s.decision.kind === 'leave'
      ? { code: s.decision.code, message: normalise(s.decision.message) }
      : undefined,
  );
  return out.filter((r) => {
    if (r.rule !== 'RB305' || !r.value) return true;
    const code = r.value.slice(0, r.value.indexOf(':'));
    const prefix = normalise(r.value.slice(code.length + 1).replace(/\.\.\.$/, ''));
    return !traced.some((t) => t?.code === code && t.message.startsWith(prefix));
  });
}

const KIND_TEXT: Partial<Record<Site['kind'], string>> = {
  'sdk-client': 'V1 SDK client, import or type (rewrite moves it to the rb-migrate runtime client)',
};

function describeMigrated(site: Site): string {
  const rule = RULES_BY_CODE[site.rule];
  const base =
    KIND_TEXT[site.kind] ??
    formatMessage(rule.message, { value: site.value })
      .replace(/ unset$/, '')
      .replace(/ \{value\}/, '');
  if (site.decision.kind !== 'migrate-with-loss') return base;
  const codes = [...new Set(site.decision.losses.map((l) => l.code))].join(', ');
  return `${base} (rewrite leaves TODOs: ${codes})`;
}

function normalise(message: string): string {
  return message.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();
}
