// Writes a copy of a SARIF log without suppressed results (those with a non-empty `suppressions[]`): GitHub
// code scanning does not reliably honour suppressions, so the Action uploads this copy and keeps the full log.
// Usage: node drop-suppressed-results.mjs <in.sarif> <out.sarif>
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: drop-suppressed-results.mjs <in.sarif> <out.sarif>\n');
  process.exit(2);
}
const log = JSON.parse(readFileSync(input, 'utf8'));
let dropped = 0;
for (const run of log.runs ?? []) {
  const kept = (run.results ?? []).filter(
    (r) => !(Array.isArray(r.suppressions) && r.suppressions.length > 0),
  );
  dropped += (run.results ?? []).length - kept.length;
  run.results = kept;
}
writeFileSync(output, `${JSON.stringify(log, null, 2)}\n`);
process.stdout.write(`rb-migrate: ${output} (${dropped} suppressed results left out for code scanning)\n`);
