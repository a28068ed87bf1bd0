export { migrateSource } from './migrate-source.ts';
export { collectProjectConstants } from './collect-project-constants.ts';
export * from './types.ts';
export {
  formatTodoMarker,
  findTodoMarkers,
  createTodoMarkerPattern,
  TODO_MARKER_PATTERN,
  TODO_MARKER_TAG,
} from '../spec/todo-marker.ts';
