import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { sendJson } from './send-json.ts';
import type { EmulatorState } from './types.ts';

const SignSchema = z.strictObject({
  key: z.string().min(1),
  storage: z.enum(['external', 'azure', 'dropbox']).optional(),
  access: z.enum(['read', 'write']).optional(),
  expiresInMs: z.number().nonnegative().optional(),
});

const FaultSchema = z.strictObject({
  route: z.enum(['v1.submit', 'v1.status', 'v2.submit', 'v2.status', 'storage']),
  method: z.string().optional(),
  times: z.number().int().positive().optional(),
  action: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('drop'), when: z.enum(['before', 'after']) }),
    z.strictObject({
      kind: z.literal('status'),
      status: z.number().int().min(400).max(599),
      retryAfterSeconds: z.number().nonnegative().optional(),
    }),
  ]),
});

/**
 * The emulator's control API (`path` is what follows `/_emulator/`), so tests in another process (or language) can drive `rb-migrate emulate`:
 *   POST /_emulator/sign            {key, storage?, access?, expiresInMs?} → {url}
 *   PUT  /_emulator/objects/<key>   store raw bytes (Content-Type kept)
 *   GET  /_emulator/objects/<key>   read them back (header x-emulator-writes: write count)
 *   POST /_emulator/faults          queue a fault ({route, method?, times?, action})
 *   GET  /_emulator/requests        the request log
 * No credentials: the emulator is a local test double.
 */
export function handleAdmin(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  body: Buffer,
): void {
  const method = req.method ?? 'GET';
  if (path.startsWith('objects/') && path.length > 'objects/'.length) {
    const key = decodeURIComponent(path.slice('objects/'.length));
    if (method === 'PUT') {
      state.storage.write(key, body, req.headers['content-type'] ?? 'application/octet-stream');
      res.writeHead(204).end();
      return;
    }
    if (method === 'GET') {
      const bytes = state.storage.read(key);
      if (!bytes) return sendJson(res, 404, { error: `no object ${key}` });
      res.writeHead(200, {
        'content-type': state.storage.contentType(key) ?? 'application/octet-stream',
        'content-length': String(bytes.length),
        'x-emulator-writes': String(state.storage.writes(key)),
      });
      res.end(bytes);
      return;
    }
  }
  if (path === 'sign' && method === 'POST') {
    const parsed = parseJson(body, SignSchema);
    if ('error' in parsed) return sendJson(res, 400, parsed);
    const { key, ...options } = parsed.value;
    return sendJson(res, 200, { url: state.storage.url(key, options) });
  }
  if (path === 'faults' && method === 'POST') {
    const parsed = parseJson(body, FaultSchema);
    if ('error' in parsed) return sendJson(res, 400, parsed);
    state.faults.push(parsed.value);
    res.writeHead(204).end();
    return;
  }
  if (path === 'requests' && method === 'GET') return sendJson(res, 200, state.requests);
  sendJson(res, 404, { error: `unknown control endpoint ${method} /_emulator/${path}` });
}

function parseJson<S extends z.ZodType>(body: Buffer, schema: S): { value: z.infer<S> } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { error: 'body is not JSON' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return {
      error: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '),
    };
  }
  return { value: parsed.data };
}
