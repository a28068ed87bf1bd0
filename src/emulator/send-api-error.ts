import type { ServerResponse } from 'node:http';
import {
  V1_ERROR_TYPE_BY_STATUS,
  V1_ERROR_TYPE_FALLBACK,
  V2_ERROR_CODE_BY_STATUS,
  redactSecrets,
} from 'rb-migrate-runtime/mapping';
import type { V1Error, V2Error } from 'rb-migrate-runtime/mapping';
import { sendJson } from './send-json.ts';

export interface ApiErrorIssue {
  path: string;
  message: string;
}

/**
 * Answers with the documented error body of the API version: V1 `{title, type, code, details}`
 * (reference §2.1), V2 `{error_code, message, errors?}` (reference §4.2). Issues become V1 `details`
 * `[{name: path, reason}]` and V2 `errors` `[{error_code, message, path}]`.
 */
export function sendApiError(
  res: ServerResponse,
  version: 'v1' | 'v2',
  status: number,
  message: string,
  options: {
    issues?: readonly ApiErrorIssue[];
    errorCode?: string;
    /** V1 `type` when the status has no documented one (e.g. 413). */
    v1Type?: string;
    headers?: Record<string, string>;
  } = {},
): void {
  // Messages may quote what the client sent (URLs with passwords or signatures): never echo a secret.
  message = redactSecrets(message);
  const issues = (options.issues ?? []).map((i) => ({ path: i.path, message: redactSecrets(i.message) }));
  if (version === 'v1') {
    const body: V1Error = {
      title: message,
      type: options.v1Type ?? V1_ERROR_TYPE_BY_STATUS[status] ?? V1_ERROR_TYPE_FALLBACK,
      code: String(status),
    };
    if (issues.length > 0) body.details = issues.map((i) => ({ name: i.path, reason: i.message }));
    sendJson(res, status, body, options.headers);
    return;
  }
  const errorCode = options.errorCode ?? V2_ERROR_CODE_BY_STATUS[status] ?? 'runtime_error';
  const body: V2Error = { error_code: errorCode, message };
  if (issues.length > 0) {
    body.errors = issues.map((i) => ({
      error_code: errorCode,
      message: `${i.path || '(root)'}: ${i.message}`,
      path: i.path,
    }));
  }
  sendJson(res, status, body, options.headers);
}
