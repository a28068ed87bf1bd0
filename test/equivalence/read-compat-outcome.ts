import type { Emulator } from '../../src/emulator/index.ts';

/**
 * What a V1 run (output `v1.png`) and a run through the compatibility layer (output `compat.png`) left on
 * one emulator: the jobs the second run submitted (counted from `before`) and the bytes each delivered.
 */
export function readCompatOutcome(
  emu: Emulator,
  before: { v1: number; v2: number },
): { jobs: { v1: number; v2: number }; v1Bytes?: Buffer; compatBytes?: Buffer; sameBytes: boolean } {
  const jobs = { v1: emu.jobCount('v1') - before.v1, v2: emu.jobCount('v2') - before.v2 };
  const [v1Bytes, compatBytes] = [emu.storage.read('v1.png'), emu.storage.read('compat.png')];
  const sameBytes = v1Bytes !== undefined && compatBytes !== undefined && v1Bytes.equals(compatBytes);
  return { jobs, v1Bytes, compatBytes, sameBytes };
}
