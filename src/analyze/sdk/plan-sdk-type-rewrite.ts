import type { AnyPath } from '../ast/types.ts';

import { RUNTIME_MODULE, type SdkFacts } from 'rb-migrate-runtime/mapping';
import type { SdkTrace } from './trace-sdk-clients.ts';
import type { SdkPlanContext } from './types.ts';
import type { TypedReceivers } from './sdk-project-context.ts';
import { findPaths } from '../ast/find-paths.ts';

/** The runtime client's type, exported by rb-migrate. */
const CLIENT_TYPE = 'RemoveBackgroundClient';

/**
 * TypeScript type references to the SDK client class (`PhotoshopClient`, `ps.PhotoshopClient`) →
 * `RemoveBackgroundClient`, so a migrated `let client: PhotoshopClient` still type-checks and the SDK
 * import can go. Only in ES modules (the type is imported with `import { type … }`).
 */
export function planSdkTypeRewrite(
  ctx: SdkPlanContext,
  trace: SdkTrace,
  migrating: Set<SdkFacts>,
  typed?: TypedReceivers,
): void {
  const { root } = ctx;
  // Parameters and fields typed as a client (type-aware analysis): their type, and the type-only import it used (which
  // becomes the runtime import when the file has no SDK value import to replace).
  const receiving = [...Object.values(typed?.params ?? {}), ...Object.values(typed?.fields ?? {})];
  if (typed && [...migrating].some((s) => receiving.includes(s.name))) {
    for (const [start, end] of typed.types)
      ctx.edits.push({ start, end, text: CLIENT_TYPE, kind: 'sdk-type' });
    ctx.runtimeNames.add(`type ${CLIENT_TYPE}`);
    typed.unusedImports.forEach(([start, end], i) => {
      const text = i === 0 && ctx.imports.length === 0 ? runtimeImport(ctx, start, end) : '';
      ctx.edits.push({ start, end, text, kind: 'sdk-type' });
    });
  }
  if (!ctx.imports.some((i) => i.module === 'esm')) return;
  findPaths(root, 'TSTypeReference').forEach((path: AnyPath) => {
    const name = path.node.typeName;
    let ref;
    if (name.type === 'Identifier') ref = trace.classify(path.get('typeName'));
    else if (name.type === 'TSQualifiedName' && name.left.type === 'Identifier') {
      const ns = trace.classify(path.get('typeName', 'left'));
      if (ns?.kind === 'namespace') ref = { kind: 'export' as const, sdk: ns.sdk, name: name.right.name };
    }
    if (ref?.kind !== 'export' || !migrating.has(ref.sdk)) return;
    if (ref.sdk.factory.form !== 'new' || ref.name !== ref.sdk.factory.export) return;
    // A typed receiver's type is rewritten above: only note that this reference is gone.
    if (!typed?.types.some(([start]) => start === name.start))
      ctx.edits.push({ start: name.start, end: name.end, text: CLIENT_TYPE, kind: 'sdk-type' });
    ctx.consumed.push([name.start, name.end]);
    ctx.runtimeNames.add(`type ${CLIENT_TYPE}`);
  });
}

/** `import { type RemoveBackgroundClient, … } from 'rb-migrate/runtime'` in the style of the import it replaces. */
function runtimeImport(ctx: SdkPlanContext, start: number, end: number): string {
  const replaced = ctx.source.slice(start, end);
  const quote = replaced.includes('"') ? '"' : "'";
  const semi = replaced.trimEnd().endsWith(';') ? ';' : '';
  const eol = replaced.slice(replaced.trimEnd().length);
  const names = [...ctx.runtimeNames].sort((a, b) =>
    a.replace(/^type /, '').localeCompare(b.replace(/^type /, '')),
  );
  return `import { ${names.join(', ')} } from ${quote}${RUNTIME_MODULE}${quote}${semi}${eol}`;
}
