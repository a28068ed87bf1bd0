import type { V1Endpoint } from 'rb-migrate-runtime/mapping';
import { ValidationError, toV2, type ToV2Result } from 'rb-migrate-runtime/translate';
import type { V1Leaf } from '../evaluate-v1-object.ts';
import { setAt } from './set-at.ts';
import type { PayloadFailure, StagedPayload, TranslatedPayload } from './staged-payload.ts';

/**
 * The translator's V2 request for the literal as written and for the body as sent (the same result when no
 * mutation or constant makes them differ). A body the V1 schema rejects fails with RB201.
 */
export function translatePayload(
  staged: StagedPayload,
  endpoint: V1Endpoint,
  leaves: V1Leaf[],
  effectiveLeaves: V1Leaf[],
  differs: boolean,
): TranslatedPayload | PayloadFailure {
  try {
    const literalResult = translate(staged.literalValue, endpoint, leaves);
    const effectiveResult = differs
      ? translate(staged.effectiveValue, endpoint, effectiveLeaves)
      : literalResult;
    return { literalResult, effectiveResult };
  } catch (error) {
    const reason = error instanceof ValidationError ? error.message : String(error);
    return { failure: { code: 'RB201', vars: { sourceText: reason, path: '' } } };
  }
}

/** toV2, retrying dynamic leaves the V1 schema rejects as strings (e.g. booleans) with other placeholder types. */
function translate(value: Record<string, unknown>, endpoint: V1Endpoint, leaves: V1Leaf[]): ToV2Result {
  const alternatives: unknown[] = [true, 1];
  for (let attempt = 0; ; attempt++) {
    try {
      return toV2(value, { endpoint });
    } catch (error) {
      if (!(error instanceof ValidationError) || attempt >= alternatives.length) throw error;
      const bad = error.issues.map((i) => leaves.find((l) => l.dynamic && l.path === i.path));
      if (bad.some((l) => !l)) throw error;
      for (const leaf of bad) {
        leaf!.value = alternatives[attempt];
        setAt(value, leaf!.path, leaf!.value);
      }
    }
  }
}
