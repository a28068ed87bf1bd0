/** One V1 endpoint site of a file and what planning it gives (types only; see planEndpointSite). */
import type { V1Endpoint } from 'rb-migrate-runtime/mapping';
import type { AnyPath, CodemodContext, Plan, TodoRequest } from '../codemod-context.ts';
import type { MigrationEdit } from '../types.ts';

export interface EndpointSite {
  endpoint: V1Endpoint;
  /** Edits that switch the URL to V2 (none when the URL lives in another module). */
  urlEdits: MigrationEdit[];
  /** The URL expressions as evaluated at each request. */
  uses: AnyPath[];
  /** Per use, when the uses do not all post to `endpoint` (a shared `/sensei` base). */
  useEndpoints?: V1Endpoint[];
  /** How the endpoint is spelled, for TODO messages. */
  label: string;
  /** The exported constant holding the URL (its importers send it: the closed world decides it). */
  exportedAs?: string;
  /**
   * The exported URL constant the site's requests send (`<exporter path>#<name>`), in the exporter and in
   * every importer: one value, decided for the whole project (ProjectContext.heldUrls).
   */
  sharedKey?: string;
  /** Start of the statement declaring the URL literal (where a TODO goes when no request sends it). */
  declaredAt?: number;
}

export interface EndpointPlan {
  /** Whether the site is rewritten (URL and every payload) or left unchanged with TODOs. */
  applied: boolean;
  plan: Plan;
  /** The request calls whose responses now come from V2. */
  rewrittenCalls: AnyPath[];
  /** Every payload literal the site's requests send (applied or not). */
  payloadKeys: string[];
  /** Start offsets of the body object literals its requests send (applied or not). */
  bodies?: number[];
}

/** What planning a site's uses collects; the site is applied only when `failures` stays empty. */
export interface EndpointDraft {
  ctx: CodemodContext;
  edits: MigrationEdit[];
  todos: TodoRequest[];
  /** TODOs that keep the whole site unchanged. */
  failures: TodoRequest[];
  /** The request calls whose responses come from V2 once the site is applied. */
  calls: AnyPath[];
  payloadKeys: string[];
  bodies: number[];
  /** Payload keys already rewritten by an earlier use. */
  seen: Set<string>;
  /** Bodies translated where they are sent (toV2Request), by payload key. */
  atRunTime: Set<string>;
}
