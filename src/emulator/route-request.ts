import type { IncomingMessage, ServerResponse } from 'node:http';
import { V1_PATHS, V1_SEGMENT, V2_PATHS, type V1Endpoint, redactSecrets } from 'rb-migrate-runtime/mapping';
import { checkAuth } from './check-auth.ts';
import { handleAdmin } from './handle-admin.ts';
import { checkRateLimit } from './check-rate-limit.ts';
import { handleStorage } from './handle-storage.ts';
import { handleV1Status } from './handle-v1-status.ts';
import { handleV1Submit } from './handle-v1-submit.ts';
import { handleV2Status } from './handle-v2-status.ts';
import { handleV2Submit } from './handle-v2-submit.ts';
import { matchPhotoshopActions } from './handle-photoshop-actions.ts';
import { readBody } from './read-body.ts';
import { sendText } from './send-text.ts';
import { STORAGE_PREFIXES } from './storage-prefixes.ts';
import { evictJobs } from './evict-jobs.ts';
import { sendApiError } from './send-api-error.ts';
import { takeFault } from './take-fault.ts';
import type { EmulatorState, RequestRecord, RouteContext, RouteName } from './types.ts';

/** The emulator's control API (not part of either Remove Background API). */
const ADMIN_PREFIX = '/_emulator/';
/** `requests` keeps the most recent records only, so a long-running emulator does not grow without bound. */
const MAX_RECORDS = 10_000;

interface Match {
  route: RouteName;
  method: string;
  run: (ctx: RouteContext) => void;
}

/**
 * One request: match the route, apply an injected or random fault, check credentials and the rate limit
 * (API routes) or the URL signature (storage), and only then read the body, at most `maxBodyBytes` (413 in
 * the route's error shape above that), and hand over to the route's handler. Nothing is buffered for a
 * request that is refused. Every request is recorded (path without query) and logged, except those to the
 * control API under /_emulator/.
 */
export async function routeRequest(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', state.baseUrl);
  const method = req.method ?? 'GET';
  const limit = state.options.maxBodyBytes;
  if (url.pathname.startsWith(ADMIN_PREFIX)) {
    const body = await readBody(req, limit);
    if (body === undefined) sendTooLarge(res, 'v2', limit);
    else handleAdmin(state, req, res, url.pathname.slice(ADMIN_PREFIX.length), body);
    return;
  }
  evictJobs(state);
  const match = matchRoute(url.pathname);
  const record: RequestRecord = { method, path: url.pathname, route: match?.route ?? 'unknown', outcome: 0 };
  state.requests.push(record);
  if (state.requests.length > MAX_RECORDS) state.requests.splice(0, state.requests.length - MAX_RECORDS);
  res.on('finish', () => {
    if (record.outcome === 0) record.outcome = res.statusCode;
  });
  const log = (outcome: number | string) =>
    state.options.log?.(redactSecrets(`${method} ${url.pathname} → ${outcome}`));
  res.on('finish', () => log(res.statusCode));

  if (!match) {
    sendApiError(res, url.pathname.startsWith(`/${V1_SEGMENT}/`) ? 'v1' : 'v2', 404, 'not found');
    return;
  }
  // Photoshop Actions answers errors in the V1 (sensei) shape.
  const version = match.route.startsWith('v1') || match.route.startsWith('photoshop') ? 'v1' : 'v2';
  if (method !== match.method && !(match.route === 'storage')) {
    sendApiError(res, version, 405, `${url.pathname} accepts ${match.method}`);
    return;
  }
  const drop = () => {
    record.outcome = 'dropped';
    log('dropped');
    req.socket.destroy();
  };
  const fault = takeFault(state, match.route, method);
  if (fault?.kind === 'drop' && fault.when === 'before') {
    drop();
    return;
  }
  if (fault?.kind === 'status') {
    const headers: Record<string, string> =
      fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
    if (match.route === 'storage') {
      res.writeHead(fault.status, headers);
      res.end();
    } else sendApiError(res, version, fault.status, 'injected fault', { headers });
    return;
  }
  if (match.route !== 'storage') {
    const unauthenticated = checkAuth(state, req);
    if (unauthenticated) {
      sendApiError(res, version, 401, unauthenticated);
      return;
    }
    const retryAfter = checkRateLimit(state, method);
    if (retryAfter !== undefined) {
      sendApiError(res, version, 429, 'too many requests', {
        headers: { 'retry-after': String(retryAfter) },
      });
      return;
    }
  } else if (STORAGE_PREFIXES.some((p) => url.pathname.startsWith(p))) {
    // Signed storage: the URL's signature is the credential, checked before the body too.
    const resolved = state.storage.resolve(method, url);
    if ('error' in resolved) {
      sendText(res, resolved.error, resolved.reason);
      return;
    }
  }
  const body = await readBody(req, limit);
  if (body === undefined) {
    if (match.route === 'storage') sendText(res, 413, 'EntityTooLarge');
    else sendTooLarge(res, version, limit);
    return;
  }
  if (fault?.kind === 'drop') {
    // `after`: do the work (a job is created), then close the connection instead of answering.
    res.writeHead = (() => res) as unknown as ServerResponse['writeHead'];
    res.end = (() => {
      drop();
      return res;
    }) as unknown as ServerResponse['end'];
  }
  match.run({ state, req, res, url, body, route: match.route });
}

function sendTooLarge(res: ServerResponse, version: 'v1' | 'v2', limit: number): void {
  // No documented 413 body in either API: the request-validation error shape of each.
  sendApiError(res, version, 413, `the request body is larger than ${limit} bytes`, {
    errorCode: 'validation_error',
    v1Type: 'InputValidationError',
  });
}

function matchRoute(path: string): Match | undefined {
  const submit = (endpoint: V1Endpoint): Match => ({
    route: 'v1.submit',
    method: 'POST',
    run: (ctx) => handleV1Submit(ctx, endpoint),
  });
  if (path === V1_PATHS.cutout) return submit('cutout');
  if (path === V1_PATHS.mask) return submit('mask');
  if (path === V2_PATHS.removeBackground) return { route: 'v2.submit', method: 'POST', run: handleV2Submit };
  const id = (prefix: string) => {
    const raw = path.slice(prefix.length);
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  };
  if (path.startsWith(V1_PATHS.statusPrefix) && path.length > V1_PATHS.statusPrefix.length) {
    return {
      route: 'v1.status',
      method: 'GET',
      run: (ctx) => handleV1Status(ctx, id(V1_PATHS.statusPrefix)),
    };
  }
  if (path.startsWith(V2_PATHS.statusPrefix) && path.length > V2_PATHS.statusPrefix.length) {
    return {
      route: 'v2.status',
      method: 'GET',
      run: (ctx) => handleV2Status(ctx, id(V2_PATHS.statusPrefix)),
    };
  }
  const photoshop = matchPhotoshopActions(path);
  if (photoshop) return photoshop;
  if (STORAGE_PREFIXES.some((p) => path.startsWith(p)))
    return { route: 'storage', method: '*', run: handleStorage };
  return undefined;
}
