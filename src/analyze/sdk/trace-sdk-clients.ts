import type { AnyPath } from '../ast/types.ts';
import type { ASTNode, Collection, JSCodeshift } from 'jscodeshift';
import type { TypedReceivers } from './sdk-project-context.ts';
import type { SdkImport } from './types.ts';
import type { SdkTrace } from './sdk-trace.ts';
import { classifySdkRef } from './classify-sdk-ref.ts';
import { findClientEscapes } from './find-client-escapes.ts';
import { findSdkMethodCalls } from './find-sdk-method-calls.ts';
import { findSdkProducers } from './find-sdk-producers.ts';
import { growSdkBindings } from './grow-sdk-bindings.ts';
import { seedSdkBindings } from './seed-sdk-bindings.ts';

export type { SdkCall, SdkRef, SdkTrace } from './sdk-trace.ts';

/**
 * Follows SDK clients by data flow from the SDK imports: `init()` / `new PhotoshopClient()` results
 * (awaited or not), variables initialised or later assigned with them (a module-level `let client`),
 * aliases, `.then(client => …)` callbacks, and local functions returning a client (factories). A method
 * named like an SDK method on anything else is not an SDK call. Every other use of a client (another
 * Photoshop API method, passing it on, storing it on an object, exporting it without project context) is
 * reported in `untraced`.
 */
export function traceSdkClients(
  j: JSCodeshift,
  root: Collection<ASTNode>,
  imports: SdkImport[],
  exportedOk: (name: string) => boolean = () => false,
  typed?: TypedReceivers,
): SdkTrace {
  const bindings = seedSdkBindings(root, imports, typed);
  growSdkBindings(j, root, bindings);
  const { calls, untraced: otherMethods } = findSdkMethodCalls(root, bindings);
  const producers = findSdkProducers(root, bindings);
  const escapes = findClientEscapes(root, bindings, exportedOk, typed);
  return {
    clients: bindings.clients,
    factories: bindings.factories,
    producers,
    calls,
    untraced: [...otherMethods, ...escapes],
    classify: (path: AnyPath) => classifySdkRef(bindings, path),
  };
}
