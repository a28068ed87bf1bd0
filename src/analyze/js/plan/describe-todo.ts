import { formatMessage, redactSecrets, RULES_BY_CODE, type RuleCode } from 'rb-migrate-runtime/mapping';

export interface TodoVars {
  /** Source text shown for `{value}` as written (not JSON-quoted), e.g. `outputUrl` or `getStorage()`. */
  sourceText?: string;
  value?: unknown;
  path?: string;
  host?: string;
}

/** The text of a coded TODO for a rule of the catalogue: the rule's message (placeholders filled) and hint. */
export function describeTodo(code: RuleCode, vars: TodoVars = {}): string {
  const rule = RULES_BY_CODE[code];
  const fill = (template: string) =>
    formatMessage(
      vars.sourceText === undefined ? template : template.split('{value}').join(shorten(vars.sourceText)),
      vars,
    );
  return `${fill(rule.message)}. ${fill(rule.hint)}`;
}

/** Redacted before it is cut short, so no partial secret survives the cut. */
function shorten(text: string): string {
  const flat = redactSecrets(text.replace(/\s+/g, ' ').trim());
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
