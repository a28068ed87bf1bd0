/**
 * The least any Node.js scanner must do on a tree (the floor `rb-migrate check` is measured against in
 * bench/monorepo.ts): walk it (skipping .git and node_modules), read every file and search it once for
 * `sensei`. No .gitignore, no decoding, no parsing, no report. Prints the number of files that match.
 */
import { Buffer } from 'node:buffer';
import { closeSync, openSync, readSync, readdirSync } from 'node:fs';
import process from 'node:process';

const scratch = Buffer.allocUnsafe(1 << 20);
let matches = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) walk(path);
    else if (entry.isFile()) {
      const fd = openSync(path, 'r');
      const n = readSync(fd, scratch, 0, scratch.length, 0);
      closeSync(fd);
      if (scratch.subarray(0, n).includes('sensei')) matches++;
    }
  }
};
walk(process.argv[2] ?? '.');
process.stdout.write(`${matches}\n`);
