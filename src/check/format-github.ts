import { hintFor, RULES_BY_CODE } from 'rb-migrate-runtime/mapping';
import type { Finding } from './types.ts';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands (`::error file=…,line=…::…`), one annotation per finding. */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const rule = RULES_BY_CODE[f.rule];
      const props = [
        `file=${escapeProperty(f.path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        ...(f.endLine > f.line ? [`endLine=${f.endLine}`] : []),
        `title=${escapeProperty(`${f.rule} ${rule.name}`)}`,
      ].join(',');
      return `::${COMMAND[f.severity]} ${props}::${escapeData(`${f.message}. ${hintFor(rule, f.fixable)}`)}\n`;
    })
    .join('');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
