import { formatMessage } from '../mapping/format-message.ts';
import { readHttpsHost } from '../mapping/read-https-host.ts';
import { RULES_BY_CODE, type RuleCode } from '../mapping/rules.ts';
import type { Diagnostic } from './types.ts';

/** Builds a diagnostic for a rule of the catalogue at a V1 path, filling the message from the value. */
export function makeDiagnostic(code: RuleCode, path: string, value?: unknown): Diagnostic {
  const rule = RULES_BY_CODE[code];
  const host = rule.message.includes('{host}') ? readHttpsHost(value) : undefined;
  return {
    code,
    severity: rule.severity,
    path,
    message: formatMessage(rule.message, { value, path, host }),
    hint: rule.hint,
  };
}
