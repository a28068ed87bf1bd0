/** rb-migrate library entry. The translator alone is `rb-migrate/translate`. */
export * from 'rb-migrate-runtime/translate';
export * from 'rb-migrate-runtime';
export {
  startEmulator,
  renderResultPng,
  type Emulator,
  type EmulatorOptions,
  type EmulatorStorage,
  type Fault,
  type FaultAction,
  type RateLimits,
  type RequestRecord,
  type RenderOptions,
  type RouteName,
  type StorageUrlOptions,
} from './emulator/index.ts';
export * from './analyze/js/index.ts';
export { startGateway, readGatewayKeys, type Gateway, type GatewayOptions } from './gateway/index.ts';
