import type { AnyPath } from '../ast/types.ts';

import { addSdkTodo } from './add-sdk-todo.ts';
import type { SdkTrace } from './trace-sdk-clients.ts';
import type { SdkFacts } from 'rb-migrate-runtime/mapping';
import type { SdkPlanContext } from './types.ts';
import { findPaths } from '../ast/find-paths.ts';

/**
 * SDK enum members (`sdk.Storage.EXTERNAL`, `Storage.AZURE`, `StorageType.EXTERNAL`,
 * `sdk.MimeType.PNG`, …) → their wire value as a string literal, so the SDK import can go. Storage names
 * come from the V1 schema's storage enum: members without a deliverable V1 value (`Storage.AIO`,
 * `Storage.ADOBE`) get an RB210 TODO (ADOBE is still replaced by "adobe"; AIO is left as it is).
 * Only for SDKs in `migrating`.
 */
export function planSdkEnumRewrite(
  ctx: SdkPlanContext,
  trace: SdkTrace,
  migrating: Set<SdkFacts>,
  quote: string,
): void {
  const { root } = ctx;
  findPaths(root, 'MemberExpression').forEach((path: AnyPath) => {
    const node = path.node;
    if (node.computed || node.property.type !== 'Identifier') return;
    const owner = trace.classify(path.get('object'));
    if (owner?.kind !== 'export' || !migrating.has(owner.sdk)) return;
    const members = owner.sdk.enums[owner.name];
    if (!members || !(node.property.name in members)) return;
    const value = members[node.property.name];
    const text = ctx.source.slice(node.start, node.end);
    if (value === undefined) {
      addSdkTodo(ctx, path, 'RB210', text);
      return;
    }
    if (owner.sdk.enums.Storage === members && value === 'adobe') addSdkTodo(ctx, path, 'RB210', text);
    ctx.edits.push({ start: node.start, end: node.end, text: `${quote}${value}${quote}`, kind: 'sdk-enum' });
    ctx.consumed.push([node.start, node.end]);
  });
}
