import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A real temporary git repository for CLI tests (removed by `cleanup`). */
export interface TempRepo {
  dir: string;
  write(path: string, content: string | Buffer): string;
  commit(message?: string): void;
  git(...args: string[]): string;
  cleanup(): void;
}

export function createTempRepo(options: { git?: boolean; copyFrom?: string } = {}): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'rb-migrate-test-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (options.copyFrom) cpSync(options.copyFrom, dir, { recursive: true });
  if (options.git !== false) {
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'rb-migrate test');
    git('config', 'commit.gpgsign', 'false');
  }
  return {
    dir,
    write(path, content) {
      const abs = join(dir, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
      return abs;
    },
    commit(message = 'test') {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
    },
    git,
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
