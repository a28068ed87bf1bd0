/**
 * Load test of `rb-migrate gateway` (the BUILT CLI, its own process) in front of the emulator's V2 API:
 * N concurrent V1 clients each submit a cutout and poll its status link until it ends (the gateway delivers
 * the result to the client's presigned output on the terminal poll). Reports
 *  - latency the gateway adds to submits and to non-terminal polls, upstream time excluded: the gateway's
 *    `Server-Timing` header gives its total time per request and the time it spent waiting for V2 inside it;
 *    added = total − upstream (p50/p95/p99);
 *  - the same requests as the client sees them, against the same V2 calls made directly, side by side;
 *  - throughput (jobs/s, requests/s) and the gateway's RSS over the run (sampled from /proc).
 * Usage: npm run build && npx tsx bench/gateway.ts [jobs=10000] [concurrency=32] (then 2,000 jobs with 4 clients)
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const CLI = fileURLToPath(new URL('../dist/bin/rb-migrate.js', import.meta.url));
const HEADERS = {
  authorization: 'Bearer bench-token',
  'x-api-key': 'bench-key',
  'content-type': 'application/json',
};
const POLL_MS = 10;

interface Samples {
  submitAdded: number[];
  pollAdded: number[];
  submitClient: number[];
  pollClient: number[];
  requests: number;
}

const newSamples = (): Samples => ({
  submitAdded: [],
  pollAdded: [],
  submitClient: [],
  pollClient: [],
  requests: 0,
});

function serverTiming(response: Response): { total: number; upstream: number } {
  const header = response.headers.get('server-timing') ?? '';
  const read = (name: string) => Number(new RegExp(`${name};dur=([\\d.]+)`).exec(header)?.[1] ?? Number.NaN);
  return { total: read('total'), upstream: read('upstream') };
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function inputPng(): Buffer {
  const png = new PNG({ width: 16, height: 16 });
  for (let i = 0; i < png.data.length; i += 4) {
    const subject = (i / 4) % 16 > 4 && (i / 4) % 16 < 12;
    png.data[i] = subject ? 230 : 20;
    png.data[i + 1] = subject ? 180 : 30;
    png.data[i + 2] = 60;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

/** One V1 client through the gateway: submit, then poll the status link until the job ends. */
async function v1Job(gateway: string, body: string, samples: Samples): Promise<void> {
  let start = performance.now();
  const submit = await fetch(`${gateway}/sensei/cutout`, { method: 'POST', headers: HEADERS, body });
  const accepted = (await submit.json()) as { _links: { self: { href: string } } };
  samples.submitClient.push(performance.now() - start);
  samples.requests++;
  if (submit.status !== 202) throw new Error(`submit answered ${submit.status}: ${JSON.stringify(accepted)}`);
  const t = serverTiming(submit);
  samples.submitAdded.push(t.total - t.upstream);
  for (;;) {
    await sleep(POLL_MS);
    start = performance.now();
    const poll = await fetch(accepted._links.self.href, { headers: HEADERS });
    const status = (await poll.json()) as { status: string };
    const clientMs = performance.now() - start;
    samples.requests++;
    if (status.status === 'succeeded') return;
    if (status.status !== 'pending' && status.status !== 'running') {
      throw new Error(`job ended ${status.status}: ${JSON.stringify(status)}`);
    }
    const timing = serverTiming(poll);
    samples.pollAdded.push(timing.total - timing.upstream);
    samples.pollClient.push(clientMs);
  }
}

/** The same job against V2 directly (no gateway, no delivery): the side-by-side baseline for client timings. */
async function v2Job(emulator: string, body: string, samples: Samples): Promise<void> {
  let start = performance.now();
  const submit = await fetch(`${emulator}/v2/remove-background`, { method: 'POST', headers: HEADERS, body });
  const accepted = (await submit.json()) as { statusUrl: string };
  samples.submitClient.push(performance.now() - start);
  samples.requests++;
  for (;;) {
    await sleep(POLL_MS);
    start = performance.now();
    const poll = await fetch(accepted.statusUrl, { headers: HEADERS });
    const status = (await poll.json()) as { status: string };
    samples.requests++;
    if (status.status === 'succeeded') return;
    samples.pollClient.push(performance.now() - start);
  }
}

async function runPool(
  jobs: number,
  concurrency: number,
  job: (worker: number) => Promise<void>,
  onJob?: (done: number) => void,
) {
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (next < jobs) {
        next++;
        await job(worker);
        onJob?.(++done);
      }
    }),
  );
}

/** CPU seconds (user + system) the process has used, from /proc/<pid>/stat (clock ticks of 1/100 s). */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** Spawns the built CLI (`emulate` or `gateway`) on a free port and resolves with the URL it prints first. */
async function spawnCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [CLI, ...args, '--port', '0'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${args[0]} exited ${code}`)));
  });
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  return { child, url, stop };
}

export async function runGatewayBench(jobs = 10_000, concurrency = 32): Promise<string> {
  // The emulator in its own process too, so that "through the gateway" and "V2 directly" both cross processes.
  const emulator = await spawnCli(['emulate', '--latency', '15', '--no-rate-limit']);
  const emu = { url: emulator.url };
  const sign = async (key: string, access: 'read' | 'write') => {
    const res = await fetch(`${emu.url}/_emulator/sign`, {
      method: 'POST',
      body: JSON.stringify({ key, access, expiresInMs: 6 * 3600_000 }),
    });
    return ((await res.json()) as { url: string }).url;
  };
  await fetch(`${emu.url}/_emulator/objects/in.png`, { method: 'PUT', body: new Uint8Array(inputPng()) });
  const input = await sign('in.png', 'read');
  const v1Bodies = await Promise.all(
    Array.from({ length: concurrency }, async (_, w) =>
      JSON.stringify({ input: { href: input }, output: { href: await sign(`out-${w}.png`, 'write') } }),
    ),
  );
  const v2Body = JSON.stringify({
    image: { source: { url: input } },
    mode: 'cutout',
    output: { mediaType: 'image/png' },
  });
  const gw = await spawnCli(['gateway', '--upstream', emu.url, '--trust-input-host', '127.0.0.1'], {
    RB_GATEWAY_SECRET: randomBytes(32).toString('base64'),
  });
  const child = gw.child;
  const gateway = gw.url;
  try {
    // Warm-up (JIT, connection pools), then the measured run; RSS sampled after warm-up and every 1,000 jobs.
    await runPool(500, concurrency, (w) => v1Job(gateway, v1Bodies[w]!, newSamples()));
    const rss: { jobs: number; bytes: number }[] = [{ jobs: 0, bytes: rssOf(child.pid!) }];
    const through = newSamples();
    const cpuBefore = cpuOf(child.pid!);
    const started = performance.now();
    await runPool(
      jobs,
      concurrency,
      (w) => v1Job(gateway, v1Bodies[w]!, through),
      (done) => {
        if (done % 1000 === 0) rss.push({ jobs: done, bytes: rssOf(child.pid!) });
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const cpuPerRequest = ((cpuOf(child.pid!) - cpuBefore) / through.requests) * 1e6;
    // Baseline side by side: the same load straight to V2 (a fifth of the jobs is enough for medians).
    const direct = newSamples();
    const directJobs = Math.max(500, Math.floor(jobs / 5));
    const directStarted = performance.now();
    await runPool(directJobs, concurrency, () => v2Job(emu.url, v2Body, direct));
    const directSeconds = (performance.now() - directStarted) / 1000;

    const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
    const rows = [
      `Gateway load test: ${jobs} jobs, ${concurrency} concurrent V1 clients, rb-migrate emulate as V2 (own process, latency 15 ms per phase), poll every ${POLL_MS} ms`,
      '',
      '| added by the gateway (Server-Timing total − upstream) | p50 | p95 | p99 | samples |',
      '|---|---|---|---|---|',
      `| submit (parse, toV2, seal, V1 answer) | ${fmt(percentile(through.submitAdded, 50))} | ${fmt(percentile(through.submitAdded, 95))} | ${fmt(percentile(through.submitAdded, 99))} | ${through.submitAdded.length} |`,
      `| non-terminal poll (open, V2 status → V1) | ${fmt(percentile(through.pollAdded, 50))} | ${fmt(percentile(through.pollAdded, 95))} | ${fmt(percentile(through.pollAdded, 99))} | ${through.pollAdded.length} |`,
      '',
      '| as the client sees it (p50) | through the gateway | V2 directly | difference |',
      '|---|---|---|---|',
      `| submit | ${fmt(percentile(through.submitClient, 50))} | ${fmt(percentile(direct.submitClient, 50))} | ${fmt(percentile(through.submitClient, 50) - percentile(direct.submitClient, 50))} |`,
      `| non-terminal poll | ${fmt(percentile(through.pollClient, 50))} | ${fmt(percentile(direct.pollClient, 50))} | ${fmt(percentile(through.pollClient, 50) - percentile(direct.pollClient, 50))} |`,
      '',
      `Throughput through the gateway: ${(jobs / seconds).toFixed(0)} jobs/s, ${(through.requests / seconds).toFixed(0)} requests/s ` +
        `(each job delivered to its output); directly to V2: ${(directJobs / directSeconds).toFixed(0)} jobs/s (no delivery).`,
      `Gateway CPU (user + system, whatever the machine's load): ${cpuPerRequest.toFixed(0)} µs per request on average ` +
        '(terminal polls include the result download and upload).',
      `Gateway RSS: ${rss.map((r) => `${r.jobs}: ${mb(r.bytes)}`).join(', ')} (growth after warm-up: ${mb(rss[rss.length - 1]!.bytes - rss[0]!.bytes)}).`,
    ];
    return rows.join('\n');
  } finally {
    await gw.stop();
    await emulator.stop();
  }
}

/** The load run (10,000 jobs, 32 clients: throughput, memory) and a light one (4 clients: latency without queueing). */
export async function runGatewayBenches(jobs = 10_000, concurrency = 32): Promise<string> {
  const load = await runGatewayBench(jobs, concurrency);
  const light = await runGatewayBench(Math.min(jobs, 2000), 4);
  return `${load}\n\n${light}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [jobs, concurrency] = process.argv.slice(2).map(Number);
  console.log(await runGatewayBenches(jobs || undefined, concurrency || undefined));
}
