import type { AnyPath } from '../ast/types.ts';
import type { ASTNode, Collection } from 'jscodeshift';
import { SDKS } from 'rb-migrate-runtime/mapping';
import { findPaths } from '../ast/find-paths.ts';
import { addMemberClient } from './add-member-client.ts';
import { resolveBinding } from './resolve-binding.ts';
import { seedTypedFields } from './seed-typed-fields.ts';
import type { SdkBindings } from './sdk-trace.ts';
import type { SdkImport } from './types.ts';
import type { TypedReceivers } from './sdk-project-context.ts';

/**
 * The bindings known before any data flow: parameters the project-wide (type-aware) analysis proved to
 * receive only clients migrated in this run, and names imported from project modules that are clients or
 * client factories there.
 */
export function seedSdkBindings(
  root: Collection<ASTNode>,
  imports: SdkImport[],
  typed?: TypedReceivers,
): SdkBindings {
  const bindings: SdkBindings = { imports, clients: new Map(), factories: new Map(), members: new Map() };
  if (typed)
    findPaths(root, 'Identifier').forEach((path: AnyPath) => {
      const sdk = SDKS.find((s) => s.name === typed.params[path.node.start]);
      const binding = sdk && resolveBinding(path, path.node.name);
      if (sdk && binding === path.node) bindings.clients.set(binding, sdk);
    });
  if (typed) seedTypedFields(root, typed, (cls, name, sdk) => addMemberClient(bindings, cls, name, sdk));
  for (const imp of imports) {
    for (const n of imp.named) {
      if (imp.clients?.[n.imported]) bindings.clients.set(n.binding, imp.sdk);
      if (imp.factories?.[n.imported]) bindings.factories.set(n.binding, imp.sdk);
    }
  }
  return bindings;
}
