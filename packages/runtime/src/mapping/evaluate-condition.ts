import type { Condition } from './conditions.ts';
import type { V1Endpoint } from './endpoints.ts';
import { getPath } from './get-path.ts';
import { isAllowedInputHost } from './is-allowed-input-host.ts';
import { readHttpsHost } from './read-https-host.ts';

export interface ConditionContext {
  endpoint: V1Endpoint;
  /** The whole V1 body, for `at` conditions. */
  body: unknown;
  allowlist?: readonly string[];
}

/** Executes a mapping-table condition against a field value. */
export function evaluateCondition(cond: Condition, value: unknown, ctx: ConditionContext): boolean {
  switch (cond.kind) {
    case 'always':
      return true;
    case 'equals':
      return value === cond.value;
    case 'oneOf':
      return typeof value === 'string' && cond.values.includes(value);
    case 'endpoint':
      return ctx.endpoint === cond.endpoint;
    case 'notHttpsUrl':
      return readHttpsHost(value) === undefined;
    case 'hostNotAllowed': {
      const host = readHttpsHost(value);
      return host !== undefined && !isAllowedInputHost(host, ctx.allowlist);
    }
    case 'at':
      return evaluateCondition(cond.is, getPath(ctx.body, cond.path), ctx);
    case 'all':
      return cond.of.every((c) => evaluateCondition(c, value, ctx));
    case 'not':
      return !evaluateCondition(cond.cond, value, ctx);
  }
}
