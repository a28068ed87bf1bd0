/** npm run bench: every benchmark, each reported as a ratio against a baseline run side by side. */
import { existsSync } from 'node:fs';
import { runTranslateBench } from './translate.ts';

const only = process.argv[2];
if (!only || only === 'translate') console.log(runTranslateBench());
if ((!only || only === 'monorepo') && existsSync(new URL('./monorepo.ts', import.meta.url))) {
  const { runMonorepoBench } = (await import('./monorepo.ts' as string)) as {
    runMonorepoBench: () => Promise<string>;
  };
  console.log(`\n${await runMonorepoBench()}`);
}
if (only === 'gateway') {
  // Not in the default run: it takes minutes (10,000 jobs through a spawned gateway).
  const { runGatewayBenches } = await import('./gateway.ts');
  console.log(
    `\n${await runGatewayBenches(Number(process.argv[3]) || undefined, Number(process.argv[4]) || undefined)}`,
  );
}
if (!only || only === 'concurrent-edits') {
  const { runConcurrentEdits, renderConcurrentEdits } = await import('./concurrent-edits.ts');
  const files = Number(process.env.RB_EDITS_FILES ?? 2000);
  const rounds = Number(process.env.RB_EDITS_ROUNDS ?? 20);
  console.log(`\n${renderConcurrentEdits(await runConcurrentEdits({ files, rounds }))}`);
}
if (!only || only === 'emulator-memory') {
  const { runEmulatorMemoryBench } = await import('./emulator-memory.ts');
  console.log(`\n${await runEmulatorMemoryBench(process.argv[3])}`);
}
