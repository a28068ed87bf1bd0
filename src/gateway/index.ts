/** rb-migrate gateway: V1 Remove Background on the front, V2 behind (Node HTTP server). */
export { startGateway, type Gateway, type GatewayOptions } from './start-gateway.ts';
export { readGatewayKeys, OLD_KEYS_SUFFIX } from './read-gateway-keys.ts';
export { createJsonLogger, type Logger, type LogLevel } from './create-json-logger.ts';
