import { MAPPING } from 'rb-migrate-runtime/mapping';

/**
 * The dotted V1 paths whose joint presence makes an object a V1 request body, read from the mapping: the
 * image that goes in (the row moved to `image.source.url`, i.e. `input.href`) and the destination V1 wrote
 * to (the row delivered as `href`, i.e. `output.href`). Shared by the checker (RB302) and the JSON/curl
 * rewriters, so the shape is defined once.
 */
export const V1_SHAPE_PATHS: readonly (readonly string[])[] = MAPPING.filter(
  (r) =>
    (r.action.kind === 'move' && r.action.to === 'image.source.url') ||
    (r.action.kind === 'deliver' && r.action.to === 'href'),
).map((r) => r.v1.split('.'));
