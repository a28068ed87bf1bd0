import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateSource } from '../../src/analyze/js/migrate-source.ts';
import { startEmulator } from '../../src/emulator/start-emulator.ts';
import { createRemoveBackgroundClient } from '../../packages/runtime/src/runtime/create-remove-background-client.ts';
import { findTodoMarkers } from '../../packages/runtime/src/mapping/todo-marker.ts';
import { toV2 } from '../../packages/runtime/src/translate/to-v2.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeInputPng } from '../runtime/helpers.ts';

/**
 * One property over every output path of the tool: generated secrets (URL userinfo passwords, presigned-URL
 * signatures, bearer tokens, API keys) go in, and none of them comes out of translator diagnostics, codemod
 * TODO text, check reports (text/json/sarif), runtime errors and log events, or emulator answers and logs.
 */
interface Secrets {
  user: string;
  password: string;
  signature: string;
  azureSig: string;
  googSig: string;
  token: string;
  apiKey: string;
}

const piece = (tag: string) =>
  fc.stringMatching(/^[A-Za-z0-9]{8,14}$/).map((s) => `${tag}${s}`) as fc.Arbitrary<string>;
const secretsArb: fc.Arbitrary<Secrets> = fc.record({
  user: piece('usr'),
  password: fc
    .tuple(piece('pw'), fc.constantFrom('', '-', '.', '~', '_'), fc.stringMatching(/^[a-z0-9]{0,4}$/))
    .map(([a, b, c]) => `${a}${b}${c}`),
  signature: piece('sig').map((s) => s.toLowerCase()),
  azureSig: piece('az'),
  googSig: piece('goog'),
  token: piece('tok'),
  apiKey: piece('key'),
});

/** The values that must never appear (each also as it is written inside a URL). */
const needles = (s: Secrets): string[] =>
  [s.password, s.signature, s.azureSig, s.googSig, s.token, s.apiKey].flatMap((v) => [
    v,
    encodeURIComponent(v),
  ]);

const expectClean = (text: string, s: Secrets, where: string) => {
  for (const needle of needles(s)) {
    if (text.includes(needle)) expect.fail(`${where} leaks ${needle}:\n${text}`);
  }
};

const signedS3 = (host: string, path: string, s: Secrets) =>
  `https://${s.user}:${s.password}@${host}${path}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F20260101&X-Amz-Signature=${s.signature}`;
const signedAzure = (s: Secrets) =>
  `https://acct.blob.core.windows.net/c/out.png?sv=2022-11-02&se=2026-12-31&sp=w&sig=${s.azureSig}`;
const signedGcs = (s: Secrets) =>
  `https://storage.googleapis.com/b/in.jpg?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=${s.googSig}`;

const v1Body = (s: Secrets, variant: number) => ({
  input: {
    href: variant % 2 === 0 ? signedS3('bucket.s3.amazonaws.com', '/in.jpg', s) : signedGcs(s),
    storage: 'external',
  },
  output: {
    href: variant % 3 === 0 ? signedAzure(s) : signedS3('other.example.com', '/out.png', s),
    storage: variant % 3 === 0 ? 'azure' : 'external',
  },
});

const jsSource = (s: Secrets, variant: number) => {
  const body = v1Body(s, variant);
  // The output href is an expression, so TODO text quotes its source (with the password and signature).
  return `export async function cut(suffix: string, id: string) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: 'Bearer ${s.token}', 'x-api-key': '${s.apiKey}' },
    body: JSON.stringify({
      input: { href: ${JSON.stringify(body.input.href)}, storage: 'external' },
      output: { href: ${JSON.stringify(body.output.href)} + suffix, storage: 'external' },
    }),
  });
  const job = await res.json();
  return fetch('https://${s.user}:${s.password}@image.adobe.io/sensei/status/' + id + '?sig=${s.azureSig}');
}
`;
};

/**
 * A V1 status echoes the request's `input` and `output` to the caller who sent them (reference §2, row 17);
 * that echo is the API contract, not an error text, so it is the one part not checked here.
 */
function withoutV1Echo(body: string): string {
  const space = body.indexOf(' ');
  const json = body.slice(space + 1);
  if (!json.includes('"jobID"')) return body;
  const { input: _input, output: _output, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return `${body.slice(0, space)} ${JSON.stringify(rest)}`;
}

describe('no generated secret leaves the tool (property)', () => {
  it('translator diagnostics and errors', () => {
    fc.assert(
      fc.property(secretsArb, fc.nat(5), (s, variant) => {
        const result = toV2(v1Body(s, variant) as never);
        expect(result.diagnostics.some((d) => d.code === 'RB110')).toBe(true);
        expectClean(JSON.stringify(result.diagnostics), s, 'diagnostics');
        const http = v1Body(s, variant);
        http.input.href = http.input.href.replace('https:', 'http:');
        expectClean(JSON.stringify(toV2(http as never).diagnostics), s, 'diagnostics (http input)');
      }),
      { numRuns: 100 },
    );
  });

  it('codemod TODO text (migrateSource): todos and the markers written into the file', () => {
    fc.assert(
      fc.property(secretsArb, fc.nat(5), (s, variant) => {
        const result = migrateSource(jsSource(s, variant), { filename: '/repo/src/api.ts' });
        expect(result.todos.length).toBeGreaterThan(0);
        expectClean(JSON.stringify(result.todos), s, 'todos');
        const markers = findTodoMarkers(result.output);
        expect(markers.length).toBeGreaterThan(0);
        expectClean(JSON.stringify(markers), s, 'TODO markers');
      }),
      { numRuns: 60 },
    );
  });

  it('check --format text/json/sarif/github on a temp dir', async () => {
    await fc.assert(
      fc.asyncProperty(secretsArb, async (s) => {
        const dir = mkdtempSync(join(tmpdir(), 'rb-redact-check-'));
        try {
          writeFileSync(join(dir, 'api.ts'), jsSource(s, 0));
          writeFileSync(
            join(dir, 'body.json'),
            JSON.stringify({ url: 'https://image.adobe.io/sensei/mask', body: v1Body(s, 3) }, null, 2),
          );
          writeFileSync(
            join(dir, 'run.sh'),
            `curl -u ${s.user}:${s.password} -H "Authorization: Bearer ${s.token}" -H "x-api-key: ${s.apiKey}" \\\n` +
              `  'https://image.adobe.io/sensei/cutout?sig=${s.azureSig}' -d '{"input":{"href":"${signedGcs(s)}"}}'\n`,
          );
          for (const format of ['text', 'json', 'sarif', 'github']) {
            const run = await runCli(['check', '--format', format, '.'], { cwd: dir });
            expect(run.code).toBe(1);
            expect(run.stdout).toContain('api.ts');
            expectClean(run.stdout + run.stderr, s, `check --format ${format}`);
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 3, endOnFailure: true },
    );
  }, 120_000);

  it('runtime errors and log events, emulator error bodies and logs (127.0.0.1)', async () => {
    await fc.assert(
      fc.asyncProperty(secretsArb, async (s) => {
        const logLines: string[] = [];
        const emulator = await startEmulator({
          latencyMs: 2,
          rateLimits: false,
          credentials: { apiKey: s.apiKey, token: s.token },
          log: (line) => logLines.push(line),
        });
        try {
          const events: unknown[] = [];
          const client = createRemoveBackgroundClient({
            apiKey: s.apiKey,
            token: s.token,
            baseUrl: emulator.url,
            log: (e) => events.push(e),
            random: () => 0.5,
          });
          const fast = { pollIntervalMs: 2, maxPollIntervalMs: 10, timeoutMs: 10_000 };
          emulator.storage.write('in/a.png', makeInputPng(), 'image/png');
          const withUserinfo = (url: string) => url.replace('http://', `http://${s.user}:${s.password}@`);
          const input = withUserinfo(emulator.storage.url('in/a.png', { access: 'read' }));
          const output = `${withUserinfo(emulator.storage.url('out/b.png'))}&token=${s.token}`;
          const failures: unknown[] = [];
          const fail = (p: Promise<unknown>) =>
            p.then(
              () => failures.push(new Error('expected a failure')),
              (e: unknown) => failures.push(e),
            );
          const bodies: string[] = [];
          const raw = async (path: string, init: RequestInit): Promise<string> => {
            const res = await fetch(`${emulator.url}${path}`, init);
            const text = await res.text();
            bodies.push(`${res.status} ${text}`);
            return text;
          };
          const headers = { authorization: `Bearer ${s.token}`, 'x-api-key': s.apiKey };

          // V2: an input URL with userinfo and a signature → the job fails; its errorDetails must not echo it.
          const job = await client.submit({ image: { source: { url: input } } });
          await fail(client.waitForJob(job, fast));
          await raw(new URL(job.statusUrl).pathname, { headers });
          // V1 through the runtime (upload to a URL with userinfo), and V1 on the emulator directly.
          const cleanInput = emulator.storage.url('in/a.png', { access: 'read' });
          await fail(client.runV1({ input: { href: cleanInput }, output: { href: output } }, { wait: fast }));
          const v1 = await raw('/sensei/cutout', {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({ input: { href: input, storage: 'external' }, output: { href: output } }),
          });
          // Bad requests quoting the secrets, and a wrong key.
          await raw('/v2/remove-background', {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({
              image: { source: { url: `ftp://${s.user}:${s.password}@h/x?sig=${s.azureSig}` } },
            }),
          });
          await raw('/v2/remove-background', {
            method: 'POST',
            headers: { authorization: `Bearer ${s.token}x`, 'x-api-key': `${s.apiKey}x` },
            body: '{}',
          });
          const v1Status = new URL(
            (JSON.parse(v1) as { _links: { self: { href: string } } })._links.self.href,
          );
          for (let i = 0; i < 100 && !bodies.at(-1)?.includes('"failed"'); i++) {
            await raw(v1Status.pathname, { headers });
            await new Promise((r) => setTimeout(r, 5));
          }
          expect(bodies.at(-1)).toContain('"failed"');
          expect(failures.length).toBe(2);
          const text = [
            ...failures.map((e) =>
              [String(e), (e as Error).stack, JSON.stringify(e), inspect(e, { depth: 8 })].join('\n'),
            ),
            JSON.stringify(events),
            ...bodies.map(withoutV1Echo),
            ...logLines,
          ].join('\n');
          expect(text).toContain('[REDACTED]');
          expectClean(text, s, 'runtime/emulator');
        } finally {
          await emulator.close();
        }
      }),
      { numRuns: 4, endOnFailure: true },
    );
  }, 60_000);
});
