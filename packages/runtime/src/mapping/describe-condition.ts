import type { Condition } from './conditions.ts';

/** Renders a mapping-table condition as English for the generated docs. */
export function describeCondition(cond: Condition): string {
  switch (cond.kind) {
    case 'always':
      return 'always';
    case 'equals':
      return `value is \`${JSON.stringify(cond.value)}\``;
    case 'oneOf':
      return `value is one of ${cond.values.map((v) => `\`"${v}"\``).join(', ')}`;
    case 'endpoint':
      return `endpoint is ${cond.endpoint}`;
    case 'notHttpsUrl':
      return 'value is not an absolute https URL';
    case 'hostNotAllowed':
      return 'URL host is not on the V2 allowlist';
    case 'at':
      return `\`${cond.path}\`: ${describeCondition(cond.is)}`;
    case 'all':
      return cond.of.map(describeCondition).join(' and ');
    case 'not':
      return `not (${describeCondition(cond.cond)})`;
  }
}
