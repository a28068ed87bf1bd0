import type { ProjectContext } from './types.ts';

export function collectProjectConstants(files: string[]): ProjectContext {
  void files;
  return { constants: {} };
}
