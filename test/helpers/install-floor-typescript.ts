import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** TypeScript 5.5, zod's floor: the oldest compiler a consumer of the published types may use. */
export const FLOOR_TS = '5.5.4';

/** Installs TypeScript FLOOR_TS into `<dir>/ts-floor` (from the npm registry or its cache); returns its bin/tsc. */
export function installFloorTypescript(dir: string): string {
  const floor = join(dir, 'ts-floor');
  mkdirSync(floor);
  writeFileSync(join(floor, 'package.json'), JSON.stringify({ name: 'ts-floor', private: true }));
  execFileSync(
    'npm',
    ['install', `typescript@${FLOOR_TS}`, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
    { cwd: floor, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return join(floor, 'node_modules/typescript/bin/tsc');
}
