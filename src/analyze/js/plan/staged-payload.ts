/** What rewritePayload's steps pass on (types only). */
import type { RuleCode } from 'rb-migrate-runtime/mapping';
import type { ToV2Result } from 'rb-migrate-runtime/translate';
import type { TodoVars } from './describe-todo.ts';
import type { V1Leaf } from '../evaluate-v1-object.ts';
import type { PayloadMutation } from '../resolve-payload-site.ts';

/** Why a payload stays unchanged: the coded TODO to leave at its statement. */
export interface PayloadFailure {
  failure: { code: RuleCode; vars: TodoVars };
}

/** The payload with its later mutations (`body.output.href = x`) staged. */
export interface StagedPayload {
  /** The literal's own values; mutated leaves hold placeholders standing for the literal's text. */
  literalValue: Record<string, unknown>;
  /** The body as sent (the assigned values), for diagnostics. */
  effectiveValue: Record<string, unknown>;
  /** V1 path → the assigned value as a leaf, and the mutation assigning it. */
  mutationLeaves: Map<string, { leaf: V1Leaf; mutation: PayloadMutation }>;
}

/** The translator's result for the literal as written, and for the body as sent. */
export interface TranslatedPayload {
  literalResult: ToV2Result;
  effectiveResult: ToV2Result;
}
