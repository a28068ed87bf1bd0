import type { Argv, CommandModule } from 'yargs';
import type { EmulatorOptions } from '../../emulator/types.ts';
import { CliError } from '../cli-error.ts';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes.ts';
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
  apiKey?: string;
  token?: string;
  rateLimit: boolean;
  outbound: 'loopback' | 'any';
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
      .option('allow-host', { type: 'string', array: true, describe: 'extra V2 input hosts to accept' })
      .option('api-key', { type: 'string', describe: 'accept only this x-api-key (default: any)' })
      .option('token', { type: 'string', describe: 'accept only this bearer token (default: any)' })
      .option('rate-limit', {
        type: 'boolean',
        default: true,
        describe: 'answer 429 + Retry-After above the documented limits',
      })
      .option('outbound', {
        choices: ['loopback', 'any'] as const,
        default: 'loopback' as const,
        describe: 'hosts the emulator fetches inputs from and writes V1 outputs to',
      })
      .option('verbose', { type: 'boolean', default: false, describe: 'log each request to stderr' })
      .example('$0 emulate', 'print the base URL (first stdout line) and serve until Ctrl-C')
      .example('$0 emulate --port 8787 --latency 10 --fail-rate 0.1', 'fixed port, fast jobs, 10% failures')
      .example(
        '$0 emulate --result-ttl 1000 --drop-connections 0.05 --seed 42',
        'reproducible fault injection',
      )
      .epilogue(EXIT_CODES_HELP) as unknown as Argv<EmulateArgs>,
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
  if (!(Number.isInteger(args.port) && args.port >= 0 && args.port <= 65535)) {
    throw new CliError(`--port takes 0..65535, got ${args.port}`);
  }
  const options: EmulatorOptions = {
    host: args.host,
    port: args.port,
    latencyMs: nonNegative('latency', args.latency),
    failRate: rate('fail-rate', args.failRate),
    dropConnections: rate('drop-connections', args.dropConnections),
    seed: args.seed,
    acceptOwnHost: args.acceptOwnHost,
    allowHosts: args.allowHost ?? [],
    outboundHosts: args.outbound,
  };
  if (args.resultTtl !== undefined) options.resultTtlMs = nonNegative('result-ttl', args.resultTtl);
  if (!args.rateLimit) options.rateLimits = false;
  if (args.apiKey !== undefined || args.token !== undefined) {
    options.credentials = { apiKey: args.apiKey, token: args.token };
  }
  if (args.verbose) options.log = (line) => process.stderr.write(`${line}\n`);
  return options;
}
