import { spawn } from 'node:child_process';

export interface AppRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** The `status` of the app's last JSON line (`{"app", "status"}`), if any. */
  status?: string;
}

/** Runs `node <entry>` in `cwd` with `env` added, and collects its final JSON status line. */
export function runApp(cwd: string, entry: string, env: Record<string, string>): Promise<AppRun> {
  return runCommand(process.execPath, [entry], cwd, env);
}

/** Runs any client (node with preloads, python3, bash) the same way: env added, final JSON status line read. */
export function runCommand(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<AppRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const lines = stdout.trim().split('\n').filter(Boolean);
      let status: string | undefined;
      try {
        status = JSON.parse(lines[lines.length - 1] ?? '{}').status;
      } catch {
        status = undefined;
      }
      resolve({ exitCode, stdout, stderr, status });
    });
  });
}
