import { analyzeShell } from '../../analyze/shell/index.ts';
import { RULES_BY_CODE, type RuleCode } from 'rb-migrate-runtime/mapping';
import type { RawFinding } from '../types.ts';

/**
 * Every finding of a shell script or Markdown file, read from the shell analysis (analyzeShell): the same
 * sites `rewrite` acts on. A request rewrite migrates is RB320 (fixable; its `_links.self.href` read RB304);
 * a request, status URL or mention it leaves is reported with its reason code until a trace stands for it;
 * traces left by rewrite are RB305 (an info trace keeps its own info code); V1 examples beside their V2
 * counterpart and V1 URLs in migration prose are info.
 */
export function detectShellSites(text: string, kind: 'shell' | 'markdown'): RawFinding[] {
  const found: RawFinding[] = [];
  for (const site of analyzeShell(text, { kind }).sites) {
    const at = { index: site.offset, length: site.length };
    switch (site.kind) {
      case 'request':
        if (site.decision !== 'leave') {
          found.push({ rule: 'RB320', ...at, value: site.value });
          for (const r of site.related)
            if (r.what === 'links-read') found.push({ rule: 'RB304', index: r.offset, length: r.length });
        } else if (site.edits.length > 0)
          found.push({ rule: site.code as RuleCode, ...at, value: site.value });
        break;
      case 'status-url':
        if (site.edits.length > 0) found.push({ rule: 'RB235', ...at, value: site.value });
        break;
      case 'mention':
      case 'comment':
      case 'intentional':
        found.push({ rule: site.code as RuleCode, ...at, value: site.value });
        break;
      case 'trace': {
        const code = site.code as RuleCode;
        if (RULES_BY_CODE[code]?.severity === 'info') {
          found.push({ rule: code, ...at, value: /"([^"]*)"/.exec(site.value)?.[1] ?? site.value });
        } else
          found.push({
            rule: 'RB305',
            ...at,
            value: `${site.code}: ${site.value.length > 100 ? `${site.value.slice(0, 97)}...` : site.value}`,
          });
        break;
      }
      case 'other-service':
        break;
    }
  }
  return found;
}
