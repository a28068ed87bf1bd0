import type { ProjectContext } from '../js/types.ts';
import { toModuleKey } from '../js/to-module-key.ts';

/**
 * Whether the project's shared-value decisions name this file (it reads a shared config, it is a shared
 * poller, or its class receives an SDK client stored from outside): its plan has TODOs to write even when it mentions nothing of V1 itself.
 */
export function isLinkedFile(filename: string, project: ProjectContext | undefined): boolean {
  if (!project) return false;
  const key = toModuleKey(filename);
  if (project.linkReaders?.[key] || project.sdk?.stored?.[key]) return true;
  return Object.values(project.configs ?? {}).some((c) => c.readers.includes(filename));
}
