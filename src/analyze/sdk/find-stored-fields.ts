import { SDKS, type SdkFacts } from 'rb-migrate-runtime/mapping';
import type { AnyPath, CodemodContext } from '../js/codemod-context.ts';
import { findPaths } from '../ast/find-paths.ts';
import { toModuleKey } from '../js/to-module-key.ts';

/**
 * The fields of this module's classes that another module stores an SDK client in
 * (SdkProjectContext.stored: `jobs.client = await psApiLib.init(…)` on `new Jobs()`): field name → SDK. A
 * class is matched by the name it is exported under (`export class Jobs`, `export default class`,
 * `module.exports = Jobs`).
 */
export function findStoredFields(ctx: CodemodContext): Map<string, SdkFacts> {
  const stored = ctx.project?.sdk?.stored?.[toModuleKey(ctx.filename)];
  const fields = new Map<string, SdkFacts>();
  if (!stored) return fields;
  const defaultName = defaultExportName(ctx);
  findPaths(ctx.root, 'Node').forEach((p: AnyPath) => {
    const n = p.node;
    if (n.type !== 'ClassDeclaration' && n.type !== 'ClassExpression') return;
    const name = n.id?.name;
    const exported =
      p.parent?.node.type === 'ExportDefaultDeclaration' || (name && name === defaultName) ? 'default' : name;
    for (const [field, sdkName] of Object.entries({ ...stored[name ?? ''], ...stored[exported ?? ''] })) {
      const sdk = SDKS.find((s) => s.name === sdkName);
      if (sdk) fields.set(field, sdk);
    }
  });
  return fields;
}

/** `module.exports = Name` / `export default Name`: the local name exported as the default. */
function defaultExportName(ctx: CodemodContext): string | undefined {
  let name: string | undefined;
  findPaths(ctx.root, 'AssignmentExpression').forEach((p: AnyPath) => {
    const { left, right } = p.node;
    if (left.type === 'MemberExpression' && left.object.name === 'module' && left.property.name === 'exports')
      if (right.type === 'Identifier') name = right.name;
  });
  findPaths(ctx.root, 'ExportDefaultDeclaration').forEach((p: AnyPath) => {
    if (p.node.declaration?.type === 'Identifier') name = p.node.declaration.name;
  });
  return name;
}
