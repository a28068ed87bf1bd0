import { createHash, randomUUID } from 'node:crypto';
import { fetchInput } from './fetch-input.ts';
import { isOutboundAllowed } from './is-outbound-allowed.ts';
import { redactSecrets } from 'rb-migrate-runtime/mapping';
import { sendApiError } from './send-api-error.ts';
import { sendJson } from './send-json.ts';
import type { EmulatorState, RouteContext, RouteName } from './types.ts';

/**
 * A minimal Photoshop API v1 "Photoshop Actions" service (`/pie/psdService`), enough to run the Remove
 * Background → Photoshop Actions workflow of Adobe's page against the emulator. Not Remove Background: it is
 * here so chained scripts can be run before and after `rb-migrate rewrite`.
 *
 * - `POST /pie/psdService/photoshopActions` `{inputs:[{href,storage}], options:{actions:[{href,storage}]},
 *   outputs:[{href,storage,type}]}` → 202 `{_links:{self:{href: …/pie/psdService/status/{id}}}}`.
 * - `GET /pie/psdService/status/{id}` → `{jobId, outputs:[{input, status, _links:{self:[output]}, errors?}], _links}`.
 * - The job GETs the input and the action file, then PUTs to the output href a deterministic JPEG (a JFIF
 *   wrapper whose comment segment carries the SHA-256 of the input and of the action): a different input
 *   gives a different file.
 * - `storage: "adobe"` (Creative Cloud) hrefs that are paths are read from and written to the emulator's
 *   Creative Cloud area, `/cc/<path>` (GET/PUT without signature; keys `cc/<path>` in the storage).
 */
export function matchPhotoshopActions(
  path: string,
): { route: RouteName; method: string; run: (ctx: RouteContext) => void } | undefined {
  if (path === `${PREFIX}photoshopActions`) return { route: 'photoshop.submit', method: 'POST', run: submit };
  if (path.startsWith(`${PREFIX}status/`)) {
    const id = path.slice(`${PREFIX}status/`.length);
    return { route: 'photoshop.status', method: 'GET', run: (ctx) => status(ctx, id) };
  }
  if (path.startsWith(CC_PREFIX)) return { route: 'storage', method: '*', run: creativeCloud };
  return undefined;
}

const PREFIX = '/pie/psdService/';
const CC_PREFIX = '/cc/';

interface Location {
  href: string;
  storage?: string;
  type?: string;
}

interface PhotoshopJob {
  id: string;
  status: 'pending' | 'running' | 'succeeded' | 'failed';
  created: string;
  modified: string;
  input: Location;
  output: Location;
  error?: string;
}

const jobsByState = new WeakMap<EmulatorState, Map<string, PhotoshopJob>>();

function jobs(state: EmulatorState): Map<string, PhotoshopJob> {
  let map = jobsByState.get(state);
  if (!map) jobsByState.set(state, (map = new Map()));
  return map;
}

function submit(ctx: RouteContext): void {
  let body: { inputs?: Location[]; options?: { actions?: Location[] }; outputs?: Location[] };
  try {
    body = JSON.parse(ctx.body.toString('utf8')) as typeof body;
  } catch {
    sendApiError(ctx.res, 'v1', 400, 'the request body is not valid JSON');
    return;
  }
  const input = body.inputs?.[0];
  const action = body.options?.actions?.[0];
  const output = body.outputs?.[0];
  if (!isLocation(input) || !isLocation(action) || !isLocation(output)) {
    sendApiError(ctx.res, 'v1', 400, 'inputs[0], options.actions[0] and outputs[0] need an href');
    return;
  }
  const now = new Date().toISOString();
  const job: PhotoshopJob = {
    id: randomUUID(),
    status: 'pending',
    created: now,
    modified: now,
    input,
    output,
  };
  // Bounded like the Remove Background jobs: at most maxJobs, none older than jobTtlMs.
  const held = jobs(ctx.state);
  const oldest = Date.now() - ctx.state.options.jobTtlMs;
  for (const [id, old] of held) {
    if (held.size < ctx.state.options.maxJobs && Date.parse(old.created) >= oldest) break;
    held.delete(id);
  }
  held.set(job.id, job);
  const timer = setTimeout(() => {
    ctx.state.timers.delete(timer);
    void run(ctx.state, job, action);
  }, ctx.state.options.latencyMs);
  ctx.state.timers.add(timer);
  sendJson(ctx.res, 202, { _links: { self: { href: `${ctx.state.baseUrl}${PREFIX}status/${job.id}` } } });
}

async function run(state: EmulatorState, job: PhotoshopJob, action: Location): Promise<void> {
  setStatus(job, 'running');
  try {
    const image = await read(state, job.input);
    const actions = await read(state, action);
    await write(state, job.output, renderJpeg(image, actions));
    setStatus(job, 'succeeded');
  } catch (error) {
    job.error = redactSecrets((error as Error).message);
    setStatus(job, 'failed');
  }
}

function status(ctx: RouteContext, id: string): void {
  const job = jobs(ctx.state).get(id);
  if (!job) {
    sendApiError(ctx.res, 'v1', 404, `job ${id} not found`);
    return;
  }
  const self = `${ctx.state.baseUrl}${PREFIX}status/${job.id}`;
  sendJson(ctx.res, 200, {
    jobId: job.id,
    created: job.created,
    modified: job.modified,
    outputs: [
      {
        input: job.input.href,
        status: job.status,
        created: job.created,
        modified: job.modified,
        _links: { self: [job.output] },
        ...(job.error ? { errors: { type: 'error', code: 500, title: job.error } } : {}),
      },
    ],
    _links: { self: { href: self } },
  });
}

/** The emulator's Creative Cloud area: `/cc/<path>`, GET and PUT, no signature. */
function creativeCloud(ctx: RouteContext): void {
  const key = `cc/${decodeURIComponent(ctx.url.pathname.slice(CC_PREFIX.length))}`;
  const method = ctx.req.method ?? 'GET';
  if (method === 'PUT' || method === 'POST') {
    ctx.state.storage.write(
      key,
      ctx.body,
      String(ctx.req.headers['content-type'] ?? 'application/octet-stream'),
    );
    ctx.res.writeHead(200, { 'content-type': 'text/plain' }).end('OK');
    return;
  }
  const bytes = ctx.state.storage.read(key);
  if (!bytes) {
    ctx.res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  ctx.res
    .writeHead(200, { 'content-length': String(bytes.length) })
    .end(method === 'HEAD' ? undefined : bytes);
}

async function read(state: EmulatorState, location: Location): Promise<Buffer> {
  if (location.storage === 'adobe' && location.href.startsWith('/')) {
    const bytes = state.storage.read(`cc${location.href}`);
    if (!bytes) throw new Error(`Creative Cloud file ${location.href} not found`);
    return bytes;
  }
  return fetchInput(state, location.href);
}

async function write(state: EmulatorState, location: Location, bytes: Buffer): Promise<void> {
  if (location.storage === 'adobe' && location.href.startsWith('/')) {
    state.storage.write(`cc${location.href}`, bytes, 'image/jpeg');
    return;
  }
  const url = new URL(location.href);
  if (!isOutboundAllowed(state, url)) {
    throw new Error(
      `the emulator writes only to its own storage and allowed hosts, not ${url.host} (add it with --allow-host / allowHosts)`,
    );
  }
  const response = await fetch(url, {
    method: 'PUT',
    headers: { 'content-type': location.type ?? 'image/jpeg' },
    body: new Uint8Array(bytes),
    signal: AbortSignal.timeout(30_000),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`the output URL rejected the upload with HTTP ${response.status}`);
}

/** SOI, a JFIF APP0 segment, a comment segment naming the two inputs' digests, EOI: a JPEG by its magic bytes. */
export function renderJpeg(image: Uint8Array, action: Uint8Array): Buffer {
  const digest = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  const comment = Buffer.from(
    `rb-migrate emulator photoshopActions input=${digest(image)} action=${digest(action)}`,
  );
  const segment = (marker: number, data: Buffer) => {
    const header = Buffer.from([0xff, marker, 0, 0]);
    header.writeUInt16BE(data.length + 2, 2);
    return Buffer.concat([header, data]);
  };
  const jfif = Buffer.from([
    0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  ]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, jfif),
    segment(0xfe, comment),
    Buffer.from([0xff, 0xd9]),
  ]);
}

function isLocation(value: unknown): value is Location {
  return typeof value === 'object' && value !== null && typeof (value as Location).href === 'string';
}

function setStatus(job: PhotoshopJob, value: PhotoshopJob['status']): void {
  job.status = value;
  job.modified = new Date().toISOString();
}
