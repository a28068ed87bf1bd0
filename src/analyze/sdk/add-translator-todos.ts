import { formatMessage } from 'rb-migrate-runtime/mapping';
import type { V1Endpoint } from 'rb-migrate-runtime/mapping';
import { toV2 } from 'rb-migrate-runtime/translate';
import { addSdkTodo } from './add-sdk-todo.ts';
import { DYNAMIC, evaluateSdkArgument } from './evaluate-sdk-argument.ts';
import type { SdkCall, SdkTrace } from './trace-sdk-clients.ts';
import type { SdkPlanContext } from './types.ts';

/** Stands in for a dynamic href so the translator can run (an https URL on an allowlisted host). */
const PLACEHOLDER_HREF = 'https://placeholder.s3.amazonaws.com/rb-migrate-placeholder.png';
/**
 * Diagnostics runV1 takes care of (RB110: it delivers the result; RB103: storage is inferred) or that the
 * SDK planner already reports as RB210 (Creative Cloud input/output).
 */
const HANDLED = new Set(['RB103', 'RB104', 'RB110', 'RB111']);

/**
 * Runs the translator on what the source says about a rewritten SDK call's V1 body (literal fields and
 * SDK enum members; dynamic hrefs become a placeholder, other dynamic fields are left out) and turns every
 * warning/error about a literal field into a coded TODO: what V2 changes (e.g. RB120 binary mask → soft,
 * RB121 rgb cutout) must not hide behind a call that "keeps V1 semantics".
 */
export function addTranslatorTodos(
  ctx: SdkPlanContext,
  call: SdkCall,
  endpoint: V1Endpoint,
  body: Record<string, unknown>,
): void {
  const concrete = concretize(body, '') as Record<string, unknown>;
  let diagnostics;
  try {
    diagnostics = toV2(concrete, { endpoint }).diagnostics;
  } catch {
    return; // not a valid V1 body as far as the source says: runV1 reports it at run time
  }
  for (const d of diagnostics) {
    if (d.severity === 'info' || HANDLED.has(d.code)) continue;
    const value = valueAt(body, d.path);
    if (value === DYNAMIC || value === undefined || (typeof value === 'object' && value !== null)) continue;
    // a path that is not a URL is already an RB210 (Creative Cloud / aio-lib-files path)
    if (d.code === 'RB101' && typeof value === 'string' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) continue;
    const message = `${formatMessage(d.message, { value, path: d.path })}${d.hint ? `. ${d.hint}` : ''}`;
    addSdkTodo(ctx, call.path, d.code, '', message);
  }
}

/** The aio-lib arguments as a V1 body (strings are `{ href }`). */
export function aioBody(call: SdkCall, trace: SdkTrace): Record<string, unknown> {
  const [input, output] = [0, 1].map((i) => {
    const v = evaluateSdkArgument(call.path.get('arguments', i), trace);
    return typeof v === 'string' || v === DYNAMIC ? { href: v } : v;
  });
  return { input, output };
}

/** The photoshop-apis body argument. */
export function photoshopBody(call: SdkCall, trace: SdkTrace): Record<string, unknown> | undefined {
  const v = evaluateSdkArgument(call.path.get('arguments', 0), trace);
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
}

function concretize(value: unknown, key: string): unknown {
  if (value === DYNAMIC) return key === 'href' ? PLACEHOLDER_HREF : undefined;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const c = concretize(v, k);
    if (c !== undefined) out[k] = c;
  }
  return out;
}

function valueAt(body: unknown, path: string): unknown {
  let cur: unknown = body;
  for (const part of path.split('.').filter(Boolean)) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}
