import pc from 'picocolors';
import { escapeControlChars } from '../files/escape-control-chars.ts';
import { hintFor, RULES_BY_CODE } from 'rb-migrate-runtime/mapping';
import type { Finding } from './types.ts';

/** Human output: findings grouped by file (`line:col  severity  RBxxx  message`), hint and fixability below. */
export function formatText(findings: readonly Finding[], options: { color: boolean }): string {
  const c = pc.createColors(options.color);
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  let out = '';
  let current: string | undefined;
  for (const f of findings) {
    if (f.path !== current) {
      out += `${current === undefined ? '' : '\n'}${c.underline(escapeControlChars(f.path))}\n`;
      current = f.path;
    }
    const rule = RULES_BY_CODE[f.rule];
    out += `  ${`${f.line}:${f.column}`.padEnd(8)} ${paint[f.severity](f.severity.padEnd(7))} ${c.bold(f.rule)}  ${f.message}\n`;
    out += c.dim(
      `           ${hintFor(rule, f.fixable)}${f.fixable ? ' (fixable: rb-migrate rewrite)' : ''}\n`,
    );
  }
  return out;
}
