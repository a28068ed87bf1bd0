/**
 * Translator throughput: rb-migrate's table-driven toV2 (with zod validation of input and output) against a
 * hand-written V1→V2 mapping without validation, interleaved in the same process, reported as a ratio.
 */
// Measures the BUILT library (what users run): npm run bench builds first.
import { RULES, toV2 } from 'rb-migrate-runtime/translate';

const HOSTS = [
  'bucket.s3.amazonaws.com',
  'acct.blob.core.windows.net',
  'dl.dropboxusercontent.com',
  'cdn.example.com',
];
const STORAGES = ['external', 'azure', 'dropbox'] as const;

function makePayloads(count: number): Record<string, any>[] {
  const payloads: Record<string, any>[] = [];
  for (let i = 0; i < count; i++) {
    const output: Record<string, unknown> = {
      href: `https://${HOSTS[i % 2]}/out/${i}.png?X-Amz-Signature=${i}`,
      storage: STORAGES[i % 3],
    };
    if (i % 2 === 0) output.mask = { format: i % 4 === 0 ? 'binary' : 'soft' };
    if (i % 3 === 0) output.color = { space: 'rgb' };
    if (i % 5 === 0) output.overwrite = true;
    const body: Record<string, unknown> = {
      input: { href: `https://${HOSTS[i % 4]}/in/${i}.jpg`, storage: STORAGES[i % 3] },
      output,
    };
    if (i % 7 === 0) body.options = { optimize: 'batch' };
    payloads.push(body);
  }
  return payloads;
}

const ALLOWED = [
  'amazonaws.com',
  'windows.net',
  'dropboxusercontent.com',
  'assets.frame.io',
  'storage.googleapis.com',
];
const HINTS: Record<string, string> = {};
const SEVERITY: Record<string, 'error' | 'warning' | 'info'> = {};
const show = (v: unknown) => {
  if (typeof v === 'string' && v.includes('?')) v = `${v.slice(0, v.indexOf('?'))}?…`;
  const t = JSON.stringify(v);
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
};

/**
 * The baseline: the same translation written by hand as a chain of ifs, producing the same request, delivery
 * and diagnostics (codes, paths, messages, hints) but with no schema validation and no table. The bench checks
 * that both produce identical results before timing them.
 */
function handWritten(v1: Record<string, any>, endpoint: 'cutout' | 'mask') {
  const d: { code: string; severity: string; path: string; message: string; hint: string }[] = [];
  const add = (code: string, path: string, message: string) =>
    d.push({ code, severity: SEVERITY[code]!, path, message, hint: HINTS[code]! });
  const request: Record<string, any> = {
    image: { source: { url: v1.input.href } },
    mode: endpoint,
    output: { mediaType: 'image/png' },
  };
  const href: string = v1.input.href;
  let host: string | undefined;
  if (href.startsWith('https:')) host = new URL(href).hostname;
  else
    add(
      'RB101',
      'input.href',
      `input.href is not an absolute https URL (${show(href)}); V2 only fetches https URLs`,
    );
  const allowed = host !== undefined && ALLOWED.some((a) => host === a || host!.endsWith(`.${a}`));
  if (host !== undefined && !allowed) {
    if (v1.input.storage === 'dropbox')
      add(
        'RB105',
        'input.href',
        `Dropbox input on host ${host}: V2 only accepts dropboxusercontent.com links`,
      );
    else
      add(
        'RB102',
        'input.href',
        `input host ${host} is not on the V2 allowlist; V2 documents that it rejects it`,
      );
  }
  if (v1.input.storage === 'adobe')
    add('RB104', 'input.storage', 'input.storage "adobe": V2 cannot read Creative Cloud paths');
  else if (v1.input.storage !== undefined)
    add(
      'RB103',
      'input.storage',
      `input.storage (${show(v1.input.storage)}) has no V2 field; V2 infers the storage from the URL`,
    );
  const o = v1.output;
  add(
    'RB110',
    'output.href',
    `V2 does not upload the result to output.href (${show(o.href)}); it hosts it at a temporary URL`,
  );
  if (o.mask?.format === 'binary')
    add(
      'RB120',
      'output.mask.format',
      'mask.format "binary" has no V2 equivalent; V2 masks are greyscale (soft)',
    );
  if (o.color?.space === 'rgb' && endpoint === 'cutout')
    add(
      'RB121',
      'output.color.space',
      'color.space "rgb" on a cutout: V2 keeps transparency and has no colour-space field',
    );
  if (o.overwrite !== undefined)
    add(
      'RB112',
      'output.overwrite',
      `output.overwrite (${show(o.overwrite)}) has no V2 field; it only applied to Creative Cloud outputs`,
    );
  if (v1.options?.optimize !== undefined)
    add(
      'RB130',
      'options.optimize',
      `options.optimize (${show(v1.options.optimize)}) has no V2 equivalent and is dropped`,
    );
  return { request, diagnostics: d, delivery: { href: o.href, storage: o.storage ?? 'external' } };
}

/** JSON with sorted keys and diagnostics sorted by code+path, for comparing results. */
function canonical(result: { diagnostics: { code: string; path: string }[] }): string {
  const sortKeys = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
        )
      : Array.isArray(v)
        ? v.map(sortKeys)
        : v;
  const diagnostics = [...result.diagnostics].sort((x, y) =>
    `${x.code}${x.path}`.localeCompare(`${y.code}${y.path}`),
  );
  return JSON.stringify(sortKeys({ ...result, diagnostics }));
}

function measure(
  fn: (p: Record<string, any>) => unknown,
  payloads: Record<string, any>[],
  ms: number,
): number {
  let done = 0;
  let sink = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (const p of payloads) sink += fn(p) ? 1 : 0;
    done += payloads.length;
    now = performance.now();
  }
  if (sink < 0) console.log(sink);
  return (done / (now - start)) * 1000;
}

export function runTranslateBench(options: { rounds?: number; msPerRound?: number } = {}): string {
  const rounds = options.rounds ?? 5;
  const ms = options.msPerRound ?? 400;
  const payloads = makePayloads(1000);
  for (const r of RULES) {
    HINTS[r.code] = r.hint;
    SEVERITY[r.code] = r.severity;
  }
  // The baseline must do the same job: same request, delivery and diagnostics for every payload.
  for (const p of payloads) {
    const ours = canonical(toV2(p, { endpoint: 'cutout' }));
    const theirs = canonical(handWritten(p, 'cutout'));
    if (ours !== theirs)
      throw new Error(`baseline disagrees with toV2 on ${JSON.stringify(p)}\n${ours}\n${theirs}`);
  }
  const ours = (p: Record<string, any>) => toV2(p, { endpoint: 'cutout' });
  const base = (p: Record<string, any>) => handWritten(p, 'cutout');
  measure(ours, payloads, 200);
  measure(base, payloads, 200);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    a.push(measure(ours, payloads, ms));
    b.push(measure(base, payloads, ms));
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const oursRate = median(a);
  const baseRate = median(b);
  const fmt = (n: number) => `${Math.round(n).toLocaleString('en-US')} payloads/s`;
  return [
    'translator throughput (median of interleaved rounds, same process, 1,000 varied payloads)',
    `  rb-migrate toV2 (zod validation + diagnostics): ${fmt(oursRate)}`,
    `  hand-written equivalent, no validation/table:   ${fmt(baseRate)}`,
    `  ratio hand-written / rb-migrate:                 ${(baseRate / oursRate).toFixed(2)}x   (target <= 5x; target >= 200,000 payloads/s)`,
  ].join('\n');
}
