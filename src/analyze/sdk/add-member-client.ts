import type { SdkFacts } from 'rb-migrate-runtime/mapping';
import type { SdkBindings } from './sdk-trace.ts';

/** Records that `this.<name>` holds a client of `sdk` in the class node `cls` (nothing outside a class). */
export function addMemberClient(bindings: SdkBindings, cls: unknown, name: string, sdk: SdkFacts): void {
  if (!cls) return;
  if (!bindings.members.has(cls)) bindings.members.set(cls, new Map());
  bindings.members.get(cls)!.set(name, sdk);
}
