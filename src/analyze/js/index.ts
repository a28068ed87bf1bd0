export { migrateSource } from './migrate-source.ts';
export { collectProjectConstants } from '../project/collect-project-constants.ts';
export { collectSdkProject } from '../sdk/collect-sdk-project.ts';
export * from './types.ts';
export {
  formatTodoMarker,
  findTodoMarkers,
  createTodoMarkerPattern,
  TODO_MARKER_PATTERN,
  TODO_MARKER_TAG,
} from 'rb-migrate-runtime/mapping';
