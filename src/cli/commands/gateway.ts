import type { Argv, CommandModule } from 'yargs';
import { CliError } from '../cli-error.ts';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes.ts';
import { readServerOptions } from '../read-server-options.ts';
import { waitForStopSignal } from '../wait-for-stop-signal.ts';

interface GatewayArgs {
  host: string;
  port: number;
  upstream: string;
  publicUrl?: string;
  secretEnv: string;
  maxBody: number;
  strict: boolean;
  trustInputHost?: string[];
  shutdownTimeout: number;
  drainDelay: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export const gatewayCommand: CommandModule<object, GatewayArgs> = {
  command: 'gateway',
  describe:
    'Serve the V1 Remove Background API (/sensei/cutout|mask, /sensei/status) on top of V2, for code in any language',
  builder: (yargs: Argv) =>
    yargs
      .option('host', {
        type: 'string',
        default: '127.0.0.1',
        describe: 'interface to listen on (0.0.0.0 in a container)',
      })
      .option('port', { type: 'number', default: 8080, describe: 'port (0 = a free port)' })
      .option('upstream', { type: 'string', default: 'https://image.adobe.io', describe: 'V2 base URL' })
      .option('public-url', {
        type: 'string',
        describe:
          'base URL of the V1 status links the gateway returns (behind a load balancer); default http://<Host header>',
      })
      .option('secret-env', {
        type: 'string',
        default: 'RB_GATEWAY_SECRET',
        describe:
          'environment variable with the sealing key (32 random bytes, base64); <NAME>_OLD: older keys, comma-separated',
      })
      .option('max-body', {
        type: 'number',
        default: 1024 * 1024,
        describe: 'largest request body in bytes (413 above)',
      })
      .option('strict', {
        type: 'boolean',
        default: false,
        describe:
          'refuse V1 requests V2 cannot fully keep (binary mask, colour space, …) with a V1 400 and the rule code',
      })
      .option('trust-input-host', {
        type: 'string',
        array: true,
        describe: 'input hosts to accept besides the V2 allowlist (e.g. an emulator)',
      })
      .option('shutdown-timeout', {
        type: 'number',
        default: 10_000,
        describe: 'ms to finish requests in flight on SIGTERM/SIGINT',
      })
      .option('drain-delay', {
        type: 'number',
        default: 0,
        describe:
          'ms to keep serving with /readyz at 503 after SIGTERM before closing the port (load balancers)',
      })
      .option('log-level', {
        choices: ['debug', 'info', 'warn', 'error'] as const,
        default: 'info' as const,
        describe: 'JSON log lines on stderr at or above this level',
      })
      .example(
        'RB_GATEWAY_SECRET=$(openssl rand -base64 32) $0 gateway --port 0',
        'print the base URL (first stdout line) and serve',
      )
      .example(
        '$0 gateway --host 0.0.0.0 --port 8080 --public-url https://rb-gateway.example.com',
        'in a container behind a load balancer',
      )
      .epilogue(
        'Point V1 code at the printed URL instead of https://image.adobe.io. The gateway keeps no credentials (it forwards ' +
          "the caller's Authorization and x-api-key) and no state (job ids are sealed): run as many replicas as you like " +
          'with the same key. GET /healthz (alive), GET /readyz (503 while draining).\n\n' +
          EXIT_CODES_HELP,
      ) as unknown as Argv<GatewayArgs>,
  handler: async (args) => {
    const { port, maxBodyBytes } = readServerOptions(args);
    for (const [flag, value] of [
      ['upstream', args.upstream],
      ['public-url', args.publicUrl],
    ] as const) {
      if (value !== undefined && !/^https?:\/\/[^/]/.test(value))
        throw new CliError(`--${flag} takes an http(s) URL, got ${value}`);
    }
    // Loaded on use: the HTTP server and the compatibility core load only for this command.
    const { startGateway } = await import('../../gateway/start-gateway.ts');
    const { readGatewayKeys } = await import('../../gateway/read-gateway-keys.ts');
    const { createJsonLogger } = await import('../../gateway/create-json-logger.ts');
    let keys: Uint8Array[];
    try {
      keys = readGatewayKeys(process.env, args.secretEnv);
    } catch (error) {
      throw new CliError(`gateway: ${(error as Error).message}`);
    }
    const gateway = await startGateway({
      keys,
      host: args.host,
      port,
      upstream: args.upstream.replace(/\/+$/, ''),
      publicUrl: args.publicUrl?.replace(/\/+$/, ''),
      maxBodyBytes,
      strict: args.strict,
      trustedInputHosts: args.trustInputHost,
      shutdownTimeoutMs: args.shutdownTimeout,
      drainDelayMs: args.drainDelay,
      log: createJsonLogger((line) => process.stderr.write(line), args.logLevel),
    }).catch((error: unknown) => {
      throw new CliError(`gateway: ${(error as Error).message}`);
    });
    process.stdout.write(`${gateway.url}\n`);
    await waitForStopSignal();
    await gateway.close();
    process.exitCode = EXIT.OK;
  },
};
