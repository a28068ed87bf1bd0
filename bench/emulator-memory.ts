/**
 * Emulator memory under abuse (issue 12, item 8): memory of an emulator process idle, after 2,000 and 10,000
 * V2 jobs (each fetches a 64×64 input from the emulator's storage and stores a ~16 KB result), and its peak
 * RSS while six unauthenticated clients each post a 64 MB body at once.
 *
 *   npx tsx bench/emulator-memory.ts            this checkout, with its limits (default) and with them off
 *   npx tsx bench/emulator-memory.ts <git-ref>  also the emulator of <git-ref> (e.g. 2da10de, before the
 *                                               limits), side by side, as the baseline
 *   npm run bench -- emulator-memory [<git-ref>]
 *
 * Jobs: RSS and V8 heap used after a full GC (the heap shows what is retained; RSS lags behind it because V8
 * keeps freed pages). Posts: peak RSS sampled from /proc/<pid>/status (Linux) every 20 ms while they run.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

const HERE = join(import.meta.dirname, '..');
const AUTH = { authorization: 'Bearer bench', 'x-api-key': 'bench', 'content-type': 'application/json' };
const MB = 1024 * 1024;

interface Variant {
  name: string;
  root: string;
  options: Record<string, unknown>;
}

async function startChild(
  v: Variant,
): Promise<{ child: ChildProcess; url: string; memory: () => Promise<Memory> }> {
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      join(HERE, 'bench/emulator-child.ts'),
      v.root,
      JSON.stringify(v.options),
    ],
    { cwd: HERE, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', () => reject(new Error(`${v.name}: emulator exited`)));
  });
  const memory = () =>
    new Promise<Memory>((resolve) => {
      lines.once('line', (line) => resolve(JSON.parse(line) as Memory));
      child.stdin!.write('mem\n');
    });
  return { child, url, memory };
}

interface Memory {
  rss: number;
  heapUsed: number;
}

const rssOf = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
};
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
const settle = () => new Promise((r) => setTimeout(r, 500));

/** A `size`×`size` PNG of pseudo-random pixels (about 16 KB at 64, so each stored result weighs as much). */
function noisyPng(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  let x = 12345;
  for (let i = 0; i < png.data.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    png.data[i] = i % 4 === 3 ? 255 : x >> 16;
  }
  return PNG.sync.write(png);
}

/** Memory (after a full GC) idle, after 2,000 and after 10,000 V2 jobs. */
async function jobs(v: Variant): Promise<Memory[]> {
  const { child, url, memory } = await startChild(v);
  try {
    await settle();
    const idle = await memory();
    const png = new Uint8Array(noisyPng(64));
    const putInput = async () =>
      void (await fetch(`${url}/_emulator/objects/in.png`, { method: 'PUT', body: png })).arrayBuffer();
    await putInput();
    const sign = await fetch(`${url}/_emulator/sign`, {
      method: 'POST',
      body: JSON.stringify({ key: 'in.png', access: 'read' }),
    });
    const input = ((await sign.json()) as { url: string }).url;
    const body = JSON.stringify({ image: { source: { url: input } } });
    const out: Memory[] = [idle];
    let done = 0;
    for (const target of [2_000, 10_000]) {
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (done < target) {
            // Rewritten now and then, so the input stays the newest object under the object cap.
            if (++done % 500 === 0) await putInput();
            const res = await fetch(`${url}/v2/remove-background`, { method: 'POST', headers: AUTH, body });
            await res.arrayBuffer();
          }
        }),
      );
      await settle();
      out.push(await memory());
    }
    return out;
  } finally {
    child.kill();
  }
}

/** Six parallel unauthenticated 64 MB posts; the peak RSS while they run. */
async function unauthenticatedPosts(v: Variant): Promise<number> {
  const { child, url } = await startChild(v);
  try {
    await settle();
    let peak = rssOf(child.pid!);
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(child.pid!))), 20);
    const chunk = Buffer.alloc(MB, 0x61);
    const post = () =>
      new Promise<void>((resolve) => {
        const req = request(`${url}/v2/remove-background`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(64 * MB) },
        });
        req.on('response', (res) => {
          res.resume();
          res.on('end', resolve);
        });
        req.on('error', () => resolve());
        let sent = 0;
        const pump = () => {
          while (sent < 64 * MB) {
            sent += MB;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          req.end();
        };
        pump();
      });
    await Promise.all(Array.from({ length: 6 }, post));
    await settle();
    clearInterval(sampler);
    return Math.max(peak, rssOf(child.pid!));
  } finally {
    child.kill();
  }
}

/** Runs the three measurements for this checkout (limits on and off) and, given a git ref, for its emulator. */
export async function runEmulatorMemoryBench(ref?: string): Promise<string> {
  const variants: Variant[] = [
    {
      name: 'this checkout (default limits)',
      root: join(HERE, 'src'),
      options: { latencyMs: 1, rateLimits: false },
    },
    {
      name: 'this checkout, limits off',
      root: join(HERE, 'src'),
      options: { latencyMs: 1, rateLimits: false, maxJobs: 'Infinity', maxObjects: 'Infinity' },
    },
  ];
  let tmp: string | undefined;
  if (ref) {
    tmp = mkdtempSync(join(tmpdir(), 'rb-bench-emulator-'));
    execFileSync('sh', ['-c', `git -C "${HERE}" archive "${ref}" src | tar -x -C "${tmp}"`]);
    symlinkSync(join(HERE, 'node_modules'), join(tmp, 'node_modules'));
    variants.push({
      name: `baseline ${ref}`,
      root: join(tmp, 'src'),
      options: { latencyMs: 1, rateLimits: false },
    });
  }
  try {
    const rows = [
      '| emulator | idle: RSS / heap | 2,000 jobs: RSS / heap | 10,000 jobs: RSS / heap | 6 × 64 MB unauthenticated posts: peak RSS |',
      '| --- | --- | --- | --- | --- |',
    ];
    for (const v of variants) {
      const [idle, after2k, after10k] = await jobs(v);
      const posts = await unauthenticatedPosts(v);
      const cell = (m: Memory) => `${mb(m.rss)} / ${mb(m.heapUsed)}`;
      rows.push(`| ${v.name} | ${cell(idle!)} | ${cell(after2k!)} | ${cell(after10k!)} | ${mb(posts)} |`);
    }
    return rows.join('\n');
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await runEmulatorMemoryBench(process.argv[2]));
}
