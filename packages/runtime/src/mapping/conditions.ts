/**
 * Declarative conditions used by the mapping table. They are data so that the translator can execute them,
 * the docs can describe them, and the codemod can tell which ones depend on a value it cannot see.
 */
import type { V1Endpoint } from './endpoints.ts';

export type Condition =
  | { kind: 'always' }
  | { kind: 'equals'; value: string | boolean }
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'endpoint'; endpoint: V1Endpoint }
  /** The value is not a string holding an absolute `https:` URL. */
  | { kind: 'notHttpsUrl' }
  /** The value is an https URL whose host is not on the V2 input allowlist. */
  | { kind: 'hostNotAllowed' }
  /** A condition on another field of the same body (dotted V1 path); a missing field is `undefined`. */
  | { kind: 'at'; path: string; is: Condition }
  | { kind: 'all'; of: readonly Condition[] }
  | { kind: 'not'; cond: Condition };

export const always: Condition = { kind: 'always' };
export const equals = (value: string | boolean): Condition => ({ kind: 'equals', value });
export const oneOf = (...values: string[]): Condition => ({ kind: 'oneOf', values });
export const onEndpoint = (endpoint: V1Endpoint): Condition => ({ kind: 'endpoint', endpoint });
export const at = (path: string, is: Condition): Condition => ({ kind: 'at', path, is });
export const all = (...of: Condition[]): Condition => ({ kind: 'all', of });
export const not = (cond: Condition): Condition => ({ kind: 'not', cond });
