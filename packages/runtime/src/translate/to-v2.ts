import { evaluateCondition } from '../mapping/evaluate-condition.ts';
import { DEFAULT_MEDIA_TYPE, MODE_BY_ENDPOINT, V2_KEY_ORDER } from '../mapping/mapping.ts';
import type { V1Storage } from '../mapping/v1.ts';
import { V1RequestSchema } from '../mapping/v1.ts';
import { V2RequestSchema, type V2Request } from '../mapping/v2.ts';
import { collectFields } from './collect-fields.ts';
import { TranslationError, ValidationError } from './errors.ts';
import { makeDiagnostic } from './make-diagnostic.ts';
import { setPath } from './set-path.ts';
import { toValidationIssues } from './to-validation-issues.ts';
import type { Diagnostic, ToV2Options, ToV2Result } from './types.ts';

/**
 * Translates a V1 Remove Background request body into a V2 one by executing the mapping table.
 * Every V1 field is either placed in the V2 request, returned as `delivery`, equivalent to a V2 default,
 * or named in a diagnostic. Throws ValidationError for an invalid body (no partial result) and, with
 * `strict`, TranslationError when any error or warning is raised.
 */
export function toV2(v1Body: unknown, options: ToV2Options = {}): ToV2Result {
  const endpoint = options.endpoint ?? 'cutout';
  const parsed = V1RequestSchema.safeParse(v1Body);
  if (!parsed.success) throw new ValidationError('body', toValidationIssues(parsed.error));

  const ctx = { endpoint, body: v1Body, allowlist: options.allowlist };
  const request: Record<string, unknown> = {};
  const delivery: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];

  setPath(request, 'mode', MODE_BY_ENDPOINT[endpoint]);
  setPath(request, 'output.mediaType', DEFAULT_MEDIA_TYPE);

  for (const field of collectFields(v1Body)) {
    const { row, path, value } = field;
    if (!row) {
      diagnostics.push(makeDiagnostic('RB190', path, value));
      continue;
    }
    if (value === undefined) continue;
    const action = row.action;
    if (action.kind === 'move') setPath(request, action.to, value);
    else if (action.kind === 'lookup') setPath(request, action.to, action.table[String(value)]);
    else if (action.kind === 'deliver') delivery[action.to] = value;
    for (const check of row.checks) {
      if (evaluateCondition(check.when, value, ctx))
        diagnostics.push(makeDiagnostic(check.code, path, value));
    }
  }

  const additions = applyAdditions(request, options);
  // A request built from a valid V1 body by the table is V2-valid by construction (the property tests prove
  // it); the caller's additions are not, so the request is validated against the V2 schema when there are any.
  let final = orderKeys(request);
  if (additions) {
    const checked = V2RequestSchema.safeParse(final);
    if (!checked.success) throw new ValidationError('options', toValidationIssues(checked.error));
    final = checked.data;
  }

  if (options.strict && diagnostics.some((d) => d.severity !== 'info'))
    throw new TranslationError(diagnostics);

  const result: ToV2Result = { request: final as V2Request, diagnostics };
  if (typeof delivery.href === 'string') {
    result.delivery = {
      href: delivery.href,
      storage: (delivery.storage as V1Storage | undefined) ?? 'external',
    };
  }
  return result;
}

/** Writes the caller's V2-only additions; returns whether there were any. */
function applyAdditions(request: Record<string, unknown>, options: ToV2Options): boolean {
  const { mediaType, trim, backgroundColor, colorDecontamination } = options;
  if (mediaType !== undefined) setPath(request, 'output.mediaType', mediaType);
  if (trim !== undefined) request.trim = trim;
  if (backgroundColor !== undefined) request.backgroundColor = { ...backgroundColor };
  if (colorDecontamination !== undefined) request.colorDecontamination = colorDecontamination;
  return (
    mediaType !== undefined ||
    trim !== undefined ||
    backgroundColor !== undefined ||
    colorDecontamination !== undefined
  );
}

function orderKeys(request: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of V2_KEY_ORDER) if (key in request) ordered[key] = request[key];
  return ordered;
}
