import type { Argv, CommandModule } from 'yargs';
import type { EmulatorOptions } from '../../emulator/types.ts';
import { CliError } from '../cli-error.ts';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes.ts';
import { readServerOptions } from '../read-server-options.ts';
import { waitForStopSignal } from '../wait-for-stop-signal.ts';

interface EmulateArgs {
  host: string;
  port: number;
  latency: number;
  failRate: number;
  dropConnections: number;
  resultTtl?: number;
  seed: number;
  acceptOwnHost: boolean;
  allowHost?: string[];
  maxBody?: number;
  maxJobs?: number;
  jobTtl?: number;
  maxObjects?: number;
  objectTtl?: number;
  apiKey?: string;
  token?: string;
  rateLimit: boolean;
  verbose: boolean;
}

export const emulateCommand: CommandModule<object, EmulateArgs> = {
  command: 'emulate',
  describe: 'Run a local emulator of Remove Background V1 and V2 (with S3/Azure/Dropbox-like storage)',
  builder: (yargs: Argv) =>
    yargs
      .option('host', { type: 'string', default: '127.0.0.1', describe: 'interface to listen on' })
      .option('port', { type: 'number', default: 0, describe: 'port (0 = a free port)' })
      .option('latency', {
        type: 'number',
        default: 50,
        describe: 'ms a job spends pending, and then running',
      })
      .option('fail-rate', { type: 'number', default: 0, describe: 'share of jobs that fail, 0..1' })
      .option('drop-connections', {
        type: 'number',
        default: 0,
        describe: 'share of API requests whose connection is closed without an answer, 0..1',
      })
      .option('result-ttl', { type: 'number', describe: 'ms a V2 result URL stays valid (default 1 h)' })
      .option('seed', { type: 'number', default: 1, describe: 'seed of the random faults' })
      .option('accept-own-host', {
        type: 'boolean',
        default: true,
        describe: "accept V2 input URLs on the emulator's own host (not on the V2 allowlist)",
      })
      .option('allow-host', {
        type: 'string',
        array: true,
        describe:
          'another host (host or host:port) to accept as V2 input and to fetch inputs from / write V1 outputs to; without it the emulator fetches and writes only to its own storage',
      })
      .option('max-body', {
        type: 'number',
        describe: 'largest request body in bytes; larger ones get 413 (default 16 MiB)',
      })
      .option('max-jobs', {
        type: 'number',
        describe: 'jobs kept at most, oldest forgotten first (default 1000)',
      })
      .option('job-ttl', { type: 'number', describe: 'ms a job is kept after it was created (default 1 h)' })
      .option('max-objects', {
        type: 'number',
        describe: 'stored objects kept at most, oldest dropped first (default 1000)',
      })
      .option('object-ttl', {
        type: 'number',
        describe: 'ms a stored object is kept after its last write (default 1 h)',
      })
      .option('api-key', { type: 'string', describe: 'accept only this x-api-key (default: any)' })
      .option('token', { type: 'string', describe: 'accept only this bearer token (default: any)' })
      .option('rate-limit', {
        type: 'boolean',
        default: true,
        describe: 'answer 429 + Retry-After above the documented limits',
      })
      .option('verbose', { type: 'boolean', default: false, describe: 'log each request to stderr' })
      .example('$0 emulate', 'print the base URL (first stdout line) and serve until Ctrl-C')
      .example('$0 emulate --port 8787 --latency 10 --fail-rate 0.1', 'fixed port, fast jobs, 10% failures')
      .example(
        '$0 emulate --result-ttl 1000 --drop-connections 0.05 --seed 42',
        'reproducible fault injection',
      )
      .example(
        '$0 emulate --allow-host 127.0.0.1:9000',
        'jobs may read inputs from / write V1 outputs to :9000',
      )
      .epilogue(
        'Outbound requests: the emulator fetches job inputs and writes V1 outputs only to its own storage and ' +
          'to hosts named with --allow-host, never to other hosts or local ports. Requests are authenticated ' +
          'before their body is read; bodies above --max-body get 413.\n\n' +
          EXIT_CODES_HELP,
      ) as unknown as Argv<EmulateArgs>,
  handler: async (args) => {
    // Loaded on use: the emulator (HTTP server, PNG encoder) loads only for this command.
    const { startEmulator } = await import('../../emulator/start-emulator.ts');
    const emulator = await startEmulator(toOptions(args)).catch((error: unknown) => {
      throw new CliError(`emulate: ${(error as Error).message}`);
    });
    process.stdout.write(`${emulator.url}\n`);
    process.stderr.write(
      `rb-migrate emulate: V1 ${emulator.url}/sensei/cutout|mask, V2 ${emulator.url}/v2/remove-background; ` +
        'Ctrl-C to stop\n',
    );
    await waitForStopSignal();
    await emulator.close();
    process.exitCode = EXIT.OK;
  },
};

function toOptions(args: EmulateArgs): EmulatorOptions {
  const rate = (name: string, value: number) => {
    if (!(value >= 0 && value <= 1))
      throw new CliError(`--${name} takes a number between 0 and 1, got ${value}`);
    return value;
  };
  const nonNegative = (name: string, value: number) => {
    if (!(Number.isFinite(value) && value >= 0))
      throw new CliError(`--${name} takes a number >= 0, got ${value}`);
    return value;
  };
  const { port, maxBodyBytes } = readServerOptions(args);
  const options: EmulatorOptions = {
    host: args.host,
    port,
    latencyMs: nonNegative('latency', args.latency),
    failRate: rate('fail-rate', args.failRate),
    dropConnections: rate('drop-connections', args.dropConnections),
    seed: args.seed,
    acceptOwnHost: args.acceptOwnHost,
    allowHosts: args.allowHost ?? [],
  };
  const count = (name: string, value: number | undefined) => {
    if (value !== undefined && !(Number.isInteger(value) && value >= 1))
      throw new CliError(`--${name} takes an integer >= 1, got ${value}`);
    return value;
  };
  const maxJobs = count('max-jobs', args.maxJobs);
  const maxObjects = count('max-objects', args.maxObjects);
  if (maxBodyBytes !== undefined) options.maxBodyBytes = maxBodyBytes;
  if (maxJobs !== undefined) options.maxJobs = maxJobs;
  if (maxObjects !== undefined) options.maxObjects = maxObjects;
  if (args.jobTtl !== undefined) options.jobTtlMs = nonNegative('job-ttl', args.jobTtl);
  if (args.objectTtl !== undefined) options.objectTtlMs = nonNegative('object-ttl', args.objectTtl);
  if (args.resultTtl !== undefined) options.resultTtlMs = nonNegative('result-ttl', args.resultTtl);
  if (!args.rateLimit) options.rateLimits = false;
  if (args.apiKey !== undefined || args.token !== undefined) {
    options.credentials = { apiKey: args.apiKey, token: args.token };
  }
  if (args.verbose) options.log = (line) => process.stderr.write(`${line}\n`);
  return options;
}
