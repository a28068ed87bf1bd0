/**
 * npm run demo: what a new user should see. Runs the BUILT rb-migrate CLI on the bundled examples and prints
 * each command before its output.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/src/cli/index.js', import.meta.url));

function run(args: string[]): number {
  console.log(`\n$ rb-migrate ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
  console.log(`(exit ${r.status})`);
  return r.status ?? 1;
}

console.log('rb-migrate demo: translating the bundled V1 request bodies in examples/payloads/ to V2');
for (const file of readdirSync(new URL('../examples/payloads/', import.meta.url)).sort()) {
  const endpoint = file.startsWith('mask') ? 'mask' : 'cutout';
  run(['translate', `examples/payloads/${file}`, '--endpoint', endpoint]);
}
console.log('\nExit 1 above means an error diagnostic: that body cannot be migrated as-is (see the hint).');
