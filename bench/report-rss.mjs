// Loaded with `node --import` by bench/monorepo.ts: writes the process's peak RSS (bytes, worker threads
// included) to the file named by RB_BENCH_RSS_FILE when the process exits.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

process.on('exit', () => {
  if (process.env.RB_BENCH_RSS_FILE)
    writeFileSync(process.env.RB_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
