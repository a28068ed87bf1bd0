import type { AnyPath } from '../ast/types.ts';
/** What the SDK client tracer finds in one file (types only). */

import type { SdkFacts } from 'rb-migrate-runtime/mapping';
import type { SdkImport } from './types.ts';

/** What an expression refers to, as far as the SDK imports are concerned. */
export type SdkRef =
  | { kind: 'namespace'; sdk: SdkFacts; imp: SdkImport }
  | { kind: 'export'; sdk: SdkFacts; name: string; imp: SdkImport }
  | { kind: 'client'; sdk: SdkFacts }
  | { kind: 'factory'; sdk: SdkFacts };

export interface SdkCall {
  path: AnyPath;
  sdk: SdkFacts;
  method: string;
  /** V1 path the SDK method posts to. */
  v1Path: string;
}

/** A use of a client (or factory) the planner cannot follow, and why. */
export interface UntracedUse {
  path: AnyPath;
  sdk: SdkFacts;
  reason: string;
}

/** A client creation: `sdk.init(…)` or `new PhotoshopClient(…)`. */
export interface SdkProducer {
  path: AnyPath;
  sdk: SdkFacts;
}

export interface SdkTrace {
  /** Declaring node of a variable holding a client → its SDK. */
  clients: Map<unknown, SdkFacts>;
  /** Declaring node of a function returning a client → its SDK. */
  factories: Map<unknown, SdkFacts>;
  /** `sdk.init(…)` calls and `new PhotoshopClient(…)` expressions. */
  producers: SdkProducer[];
  /** Remove Background method calls on traced clients. */
  calls: SdkCall[];
  /** Uses that could not be followed; the SDK's calls must then stay as they are. */
  untraced: UntracedUse[];
  /** Resolve an expression path to an SDK reference. */
  classify(path: AnyPath): SdkRef | undefined;
}

/** What the tracer knows about one file's bindings; grown to a fixed point by growSdkBindings. */
export interface SdkBindings {
  imports: SdkImport[];
  /** Declaring node of a variable holding a client → its SDK. */
  clients: Map<unknown, SdkFacts>;
  /** Declaring node of a function returning a client → its SDK. */
  factories: Map<unknown, SdkFacts>;
  /** Class node → `this.<name>` fields holding a client. */
  members: Map<unknown, Map<string, SdkFacts>>;
}
