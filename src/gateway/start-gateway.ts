import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_BASE_URL } from 'rb-migrate-runtime/mapping';
import { buildV1Error, createCompatCore, matchV1Path } from 'rb-migrate-runtime';
import type { CompatResponse, FetchLike } from 'rb-migrate-runtime';
import { createNodeAead } from './create-node-aead.ts';
import { createJsonLogger, type Logger } from './create-json-logger.ts';
import { BodyTooLargeError, readLimitedBody } from './read-limited-body.ts';

export interface GatewayOptions {
  /** Sealing keys (32 bytes each): the first seals, all open. Every replica needs the same ones. */
  keys: readonly Uint8Array[];
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** V2 base URL (default https://image.adobe.io). */
  upstream?: string;
  /** Base URL of the V1 status links (behind a load balancer); default `http://<Host header>`. */
  publicUrl?: string;
  /** Largest accepted request body in bytes (default 1 MiB); larger ones get 413. */
  maxBodyBytes?: number;
  /** Refuse V1 requests that V2 cannot fully keep (default: serve them and log a coded warning). */
  strict?: boolean;
  /** Input hosts vouched for on top of the V2 allowlist (an emulator). */
  trustedInputHosts?: readonly string[];
  /** How long close() waits for requests in flight before cutting connections (default 10 s). */
  shutdownTimeoutMs?: number;
  /**
   * How long close() keeps accepting requests with /readyz at 503 before it stops listening (default 0), so
   * a load balancer sees the replica leave before connections are refused.
   */
  drainDelayMs?: number;
  /** Structured log sink (default: JSON lines on stderr). */
  log?: Logger;
  fetch?: FetchLike;
  /** Sealed id lifetime (default 24 h). */
  ticketTtlMs?: number;
}

export interface Gateway {
  url: string;
  port: number;
  /** Stops accepting connections, answers 503 on /readyz, finishes requests in flight, then resolves. */
  close(): Promise<void>;
}

const MIB = 1024 * 1024;

/**
 * `rb-migrate gateway`: an HTTP server that speaks V1 Remove Background on the front and V2 behind, for code
 * in any language. It stores no credentials (the caller's Authorization and x-api-key go to V2 as they
 * are) and no job state (the V1 job id is sealed, see createCompatCore), so replicas scale horizontally.
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const log = options.log ?? createJsonLogger((line) => process.stderr.write(line));
  const maxBody = options.maxBodyBytes ?? MIB;
  const core = createCompatCore({
    keys: options.keys,
    upstream: options.upstream ?? API_BASE_URL,
    strict: options.strict,
    trustedInputHosts: options.trustedInputHosts,
    fetch: options.fetch,
    ticketTtlMs: options.ticketTtlMs,
    createAead: createNodeAead,
    ledgerSize: 1000,
    onWarning: (w) => log(w.severity === 'info' ? 'info' : 'warn', 'compat', { ...w }),
  });
  let draining = false;
  let inFlight = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse, started: number) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/healthz') return send(res, started, json(200, { status: 'ok' }));
    if (path === '/readyz') {
      return send(res, started, json(draining ? 503 : 200, { status: draining ? 'draining' : 'ready' }));
    }
    const route = matchV1Path(req.method ?? 'GET', path);
    if (!route)
      return send(
        res,
        started,
        buildV1Error(404, 'not_found', `no V1 Remove Background route for ${req.method} ${path}`),
      );
    const request = {
      publicBase: options.publicUrl ?? `http://${req.headers.host ?? 'localhost'}`,
      authorization: first(req.headers.authorization),
      apiKey: first(req.headers['x-api-key']),
    };
    if (route.kind === 'status') return send(res, started, await core.status(route.id, request));
    let body: string;
    try {
      body = await readLimitedBody(req, maxBody);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      res.setHeader('connection', 'close');
      return send(
        res,
        started,
        buildV1Error(413, 'payload_too_large', `the request body is larger than ${maxBody} bytes`),
      );
    }
    return send(res, started, await core.submit(route.endpoint, body, request));
  };

  const send = (res: ServerResponse, started: number, answer: CompatResponse) => {
    const total = performance.now() - started;
    const text = JSON.stringify(answer.body);
    res.writeHead(answer.status, {
      ...answer.headers,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      'server-timing': `upstream;dur=${answer.upstreamMs.toFixed(3)}, total;dur=${total.toFixed(3)}`,
      ...(draining ? { connection: 'close' } : {}),
    });
    res.end(text);
    return answer;
  };

  const server = createServer((req, res) => {
    const started = performance.now();
    inFlight++;
    handle(req, res, started)
      .then((answer) => {
        log('info', 'request', {
          method: req.method,
          path: shortPath(req.url ?? '/'),
          status: answer.status,
          ms: round(performance.now() - started),
          upstreamMs: round(answer.upstreamMs),
        });
      })
      .catch((error: unknown) => {
        log('error', 'request failed', {
          method: req.method,
          path: shortPath(req.url ?? '/'),
          error: String((error as Error)?.stack ?? error),
        });
        if (!res.headersSent)
          send(res, started, buildV1Error(500, 'gateway_error', 'the gateway could not handle the request'));
        else res.destroy();
      })
      .finally(() => inFlight--);
  });
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  log('info', 'listening', {
    url,
    upstream: options.upstream ?? API_BASE_URL,
    publicUrl: options.publicUrl,
    keyId: await core.keyId,
    keys: options.keys.length,
  });

  let closing: Promise<void> | undefined;
  return {
    url,
    port: address.port,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        draining = true;
        log('info', 'draining', { inFlight, drainDelayMs: options.drainDelayMs ?? 0 });
        setTimeout(() => stop(resolve), options.drainDelayMs ?? 0);
      })),
  };

  /** Stops listening, lets requests in flight finish (cut after shutdownTimeoutMs), then resolves. */
  function stop(resolve: () => void) {
    const force = setTimeout(() => server.closeAllConnections(), options.shutdownTimeoutMs ?? 10_000);
    server.close(() => {
      clearTimeout(force);
      log('info', 'stopped');
      resolve();
    });
    server.closeIdleConnections();
  }
}

function json(status: number, body: unknown): CompatResponse {
  return { status, headers: {}, body, upstreamMs: 0 };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The request path for logs: no query string, and a sealed job id cut to its first characters. */
function shortPath(url: string): string {
  const path = url.split('?')[0]!;
  return path.replace(/^(\/sensei\/status\/.{12}).+$/, '$1…');
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
