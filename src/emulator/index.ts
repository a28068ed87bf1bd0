/** rb-migrate emulator: a local Remove Background V1 + V2 service with storage, for offline tests. */
export { startEmulator } from './start-emulator.ts';
export { renderResultPng, type RenderOptions } from './render-result-png.ts';
export type {
  Emulator,
  EmulatorOptions,
  EmulatorStorage,
  Fault,
  FaultAction,
  RateLimits,
  RequestRecord,
  RouteName,
  StorageUrlOptions,
} from './types.ts';
