import { V1_SEGMENT, createV1PathPattern, SDKS } from 'rb-migrate-runtime/mapping';
import type { ProjectContext } from './types.ts';
import { V1_BODY_ROOTS } from './v1-shape.ts';

/**
 * Cheap text check before parsing: a V1 path, a V1 SDK package, a base ending in `/sensei`, a V1-shaped body next to an
 * import (single-file runs report unresolved imported endpoints), or a name of a project constant that
 * holds a V1 URL.
 */
export function hasCandidate(source: string, project?: ProjectContext): boolean {
  if (createV1PathPattern('').test(source)) return true;
  if (SDKS.some((sdk) => source.includes(sdk.module))) return true;
  if (project?.sdk && (Object.keys(project.sdk.modules).length || project.sdk.blocked)) return true;
  if (new RegExp(`/${V1_SEGMENT}/?['"\`]`).test(source)) return true;
  if ([...V1_BODY_ROOTS].every((k) => source.includes(k)) && /\b(import|require)\b/.test(source)) return true;
  // A V1-shaped body on its own (reported when no request sends it).
  if ([...V1_BODY_ROOTS].every((k) => source.includes(k)) && source.includes('href')) return true;
  if (project) {
    const pattern = createV1PathPattern('');
    for (const constants of Object.values(project.constants))
      for (const [name, value] of Object.entries(constants))
        if (pattern.test(value) && source.includes(name)) return true;
  }
  return false;
}
