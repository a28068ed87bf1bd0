import { hasV1Shape } from '../has-v1-shape.ts';
import type { V1Endpoint, V2Request } from 'rb-migrate-runtime/mapping';
import { toV2 } from 'rb-migrate-runtime/translate';
import type { Diagnostic } from 'rb-migrate-runtime/translate';
import { SPLICE_PATTERN, type BodyTemplate } from './build-body-template.ts';

/** Fields a splice may fill without deciding the shape of the V2 request (both are URLs). */
const URL_PATHS = new Set(['input.href', 'output.href']);
/** Host checks that cannot be decided on a shell variable or a documentation placeholder. */
const HOST_CODES = new Set(['RB101', 'RB102', 'RB105']);
/** `<your_storage>`-style placeholders of documentation examples. */
const DOC_PLACEHOLDER = /^<[^<>]+>$/;

export type ShellBodyTranslation =
  | {
      ok: true;
      request: V2Request;
      /** Translator diagnostics that still apply (host checks on unknowable values removed). */
      diagnostics: Diagnostic[];
      /** The V1 `output.href` and `output.storage` as written in the body (template text). */
      outputHref: string | undefined;
      outputStorage: string;
    }
  | { ok: false; reason: string };

/**
 * Translates a curl body template with the translator (toV2): the body must be literal JSON of the V1 shape
 * whose splices fill only `input.href` / `output.href`; a splice anywhere else decides the V2 request (storage,
 * mask format, colour space) and an unknown field has no V2 place, so those bodies are not translated.
 */
export function translateShellBody(template: BodyTemplate, endpoint: V1Endpoint): ShellBodyTranslation {
  let body: unknown;
  try {
    body = JSON.parse(template.text);
  } catch {
    return { ok: false, reason: 'the body is not literal JSON' };
  }
  if (!hasV1Shape(body))
    return { ok: false, reason: 'the body is not a V1 request (input.href + output.href)' };
  const spliced = findSplicedPaths(body, '');
  const deciding = spliced.find((p) => !URL_PATHS.has(p.path));
  if (deciding)
    return {
      ok: false,
      reason: `${deciding.path || 'a key'} comes from ${describe(template, deciding.value)}`,
    };
  const forTranslation = structuredClone(body) as Record<string, Record<string, unknown>>;
  for (const side of ['input', 'output'] as const) {
    const storage = forTranslation[side]?.storage;
    if (typeof storage === 'string' && DOC_PLACEHOLDER.test(storage))
      forTranslation[side]!.storage = 'external';
  }
  let result;
  try {
    result = toV2(forTranslation, { endpoint });
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  const unknown = result.diagnostics.find((d) => d.code === 'RB190');
  if (unknown) return { ok: false, reason: `unknown field ${unknown.path}` };
  const input = (body as { input: { href: unknown } }).input.href;
  const unknowable =
    typeof input !== 'string' || new RegExp(SPLICE_PATTERN.source).test(input) || DOC_PLACEHOLDER.test(input);
  const output = (body as { output: { href: unknown; storage?: unknown } }).output;
  return {
    ok: true,
    request: result.request,
    diagnostics: result.diagnostics
      .filter((d) => !(unknowable && HOST_CODES.has(d.code) && d.path === 'input.href'))
      .map((d) => ({ ...d, message: restoreSplices(d.message, template) })),
    outputHref: typeof output.href === 'string' ? output.href : undefined,
    outputStorage:
      typeof output.storage === 'string' && !DOC_PLACEHOLDER.test(output.storage)
        ? output.storage
        : 'external',
  };
}

/** Puts the shell text back in place of the placeholders (for messages). */
export function restoreSplices(text: string, template: BodyTemplate): string {
  return text.replace(
    new RegExp(SPLICE_PATTERN.source, 'g'),
    (_, i: string) => template.splices[Number(i)]?.raw ?? '',
  );
}

function describe(template: BodyTemplate, value: string): string {
  return restoreSplices(value, template);
}

function findSplicedPaths(value: unknown, path: string): Array<{ path: string; value: string }> {
  const test = new RegExp(SPLICE_PATTERN.source);
  if (typeof value === 'string') return test.test(value) ? [{ path, value }] : [];
  if (typeof value !== 'object' || value === null) return [];
  const found: Array<{ path: string; value: string }> = [];
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (test.test(key)) found.push({ path: childPath, value: key });
    found.push(...findSplicedPaths(child, childPath));
  }
  return found;
}
