import type { CodemodContext, TodoRequest } from './codemod-context.ts';
import type { EndpointSite } from './plan-endpoint-site.ts';
import type { MigrationEdit } from './types.ts';

/** Bases ending in `/sensei` (`const BASE = 'https://image.adobe.io/sensei'` + `'/cutout'`). */
export function findSenseiBases(ctx: CodemodContext): { sites: EndpointSite[]; edits: MigrationEdit[]; todos: TodoRequest[] } {
  void ctx;
  return { sites: [], edits: [], todos: [] };
}
