import type { AnyPath } from '../ast/types.ts';
import type { JSCodeshift } from 'jscodeshift';
import type { SdkFacts } from 'rb-migrate-runtime/mapping';
import { findEnclosingFunction } from '../ast/find-enclosing-function.ts';
import { readClientSdk } from './read-client-sdk.ts';
import type { SdkBindings } from './sdk-trace.ts';

/** The SDK of the client a function returns (its first `return` that yields one, or its arrow body). */
export function readReturnedClientSdk(
  j: JSCodeshift,
  bindings: SdkBindings,
  fn: AnyPath,
): SdkFacts | undefined {
  if (fn.node.body.type !== 'BlockStatement') return readClientSdk(bindings, fn.get('body'));
  let sdk: SdkFacts | undefined;
  j(fn)
    .find(j.ReturnStatement)
    .forEach((ret: AnyPath) => {
      if (sdk || !ret.node.argument || findEnclosingFunction(ret)?.node !== fn.node) return;
      sdk = readClientSdk(bindings, ret.get('argument'));
    });
  return sdk;
}
