import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { CLI as BUILT_CLI } from '../helpers/run-cli.ts';

const CLI = process.env.RB_MIGRATE_CLI ?? BUILT_CLI;

export interface SpawnedGateway {
  url: string;
  /** Everything written to stderr so far (the JSON log lines). */
  stderr(): string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** A fresh random sealing key in the form the gateway reads (base64 of 32 bytes). */
export const newSecret = () => randomBytes(32).toString('base64');

/** Spawns the built `rb-migrate gateway --port 0 …` and resolves with the URL it prints first. */
export async function spawnGateway(args: string[], env: Record<string, string>): Promise<SpawnedGateway> {
  const child = spawn(process.execPath, [CLI, 'gateway', '--port', '0', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) =>
      reject(new Error(`gateway exited (${code}) before printing its URL: ${stderr}`)),
    );
  });
  return {
    url,
    stderr: () => stderr,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
