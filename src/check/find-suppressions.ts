import type { Suppression } from './types.ts';

const SUPPRESSION = /rb-migrate-ignore\b[ \t]*((?:RB\d{3}[ \t,]*)*)(?::([^\r\n]*))?/g;

/**
 * Every `rb-migrate-ignore RBxxx[, RByyy]: <reason>` comment in a text (any comment syntax). Without codes
 * it covers every rule. A comment alone on its line covers the next line; a trailing one only its own line. The reason is what follows the colon, without a closing `*\/` or `-->`.
 */
export function findSuppressions(text: string): Suppression[] {
  if (!text.includes('rb-migrate-ignore')) return [];
  const found: Suppression[] = [];
  for (const m of text.matchAll(SUPPRESSION)) {
    const codes = (m[1] ?? '').match(/RB\d{3}/g) ?? [];
    const reason = (m[2] ?? '').replace(/\s*(?:\*\/|-->|#}|%>).*$/, '').trim();
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const standalone = /^[\s]*(?:\/\/+|#+|\/\*+|<!--|--|\*|;+|%+|'|REM\b)?[\s]*$/i.test(
      text.slice(lineStart, m.index),
    );
    found.push({ line: lineOf(text, m.index), codes, reason, standalone });
  }
  return found;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
