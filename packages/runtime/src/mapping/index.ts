export * from './endpoints.ts';
export * from './v1.ts';
export * from './v2.ts';
export * from './rules.ts';
export * from './conditions.ts';
export * from './mapping.ts';
export { RUNTIME_MODULES, TRANSLATE_MODULES } from './sdks.ts';
export { evaluateCondition, type ConditionContext } from './evaluate-condition.ts';
export { describeCondition } from './describe-condition.ts';
export { formatMessage } from './format-message.ts';
export { getPath } from './get-path.ts';
export { isAllowedInputHost } from './is-allowed-input-host.ts';
export { parseHttpsUrl } from './parse-https-url.ts';
export { createV1PathPattern } from './v1-path-pattern.ts';
export * from './responses.ts';
export * from './transport.ts';
// Used by the rb-migrate CLI/codemod (package-name imports).
export {
  DELIVERABLE_STORAGES,
  RUNTIME_MODULE,
  RUNTIME_TRANSLATION_FUNCTION,
  SDKS,
  SDK_MODULES,
  TRANSLATE_MODULE,
  V1_BODY_CALLS,
} from './sdks.ts';
export { REPOSITORY_URL, ruleDocUrl } from './rule-doc-url.ts';
export type { SdkFacts, SdkName } from './sdks.ts';
export {
  TODO_MARKER_PATTERN,
  TODO_MARKER_TAG,
  createTodoMarkerPattern,
  findTodoMarkers,
  formatTodoMarker,
} from './todo-marker.ts';
export { hintFor } from './hint-for.ts';
export { redactSecrets } from './redact-secrets.ts';
