import type { AnyPath } from '../ast/types.ts';
import type { ASTNode, Collection } from 'jscodeshift';
import { findPaths } from '../ast/find-paths.ts';
import { readProducerSdk } from './read-producer-sdk.ts';
import type { SdkBindings, SdkProducer } from './sdk-trace.ts';

/** Every client creation in the file: `sdk.init(…)` calls and `new PhotoshopClient(…)` expressions. */
export function findSdkProducers(root: Collection<ASTNode>, bindings: SdkBindings): SdkProducer[] {
  const producers: SdkProducer[] = [];
  findPaths(root, 'Expression').forEach((path: AnyPath) => {
    const sdk = readProducerSdk(bindings, path);
    if (sdk) producers.push({ path, sdk });
  });
  return producers;
}
