import type { CodemodContext, TodoRequest } from './codemod-context.ts';
import type { EndpointSite } from './plan-endpoint-site.ts';

/** Endpoints held by constants imported from other modules of the project. */
export function findImportedEndpoints(ctx: CodemodContext): { sites: EndpointSite[]; todos: TodoRequest[] } {
  void ctx;
  return { sites: [], todos: [] };
}
