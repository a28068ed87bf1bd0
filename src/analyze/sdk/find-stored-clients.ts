import type { AnyNode, AnyPath } from '../ast/types.ts';
import type { ASTNode, Collection } from 'jscodeshift';
import type { SdkName } from 'rb-migrate-runtime/mapping';
import { findInstanceClass } from '../js/find-instance-class.ts';
import { toModuleKey } from '../js/to-module-key.ts';
import { findProjectImports } from '../project/find-project-imports.ts';
import type { SdkTrace } from './trace-sdk-clients.ts';
import { skipWrappersUp } from '../ast/skip-wrappers-up.ts';

/** Module key → exported class name (`default` for a default export) → field → the SDK of the client. */
export type StoredClients = Record<string, Record<string, Record<string, SdkName>>>;

/**
 * SDK clients this file stores on an instance of a class another module of the project exports
 * (`const jobs = new Jobs(); jobs.client = await psApiLib.init(…)`, `Jobs` imported from './jobs.js'): the
 * client leaves the file (the SDK stays V1 here), and the class's own calls on that field
 * (`this.client.createCutout(…)`) are the V1 Remove Background calls, which plain syntax cannot link to an
 * SDK in that module. They are reported there (RB214, planTypedSdkCalls), never left silent.
 */
export function findStoredClients(
  file: { filename: string; root: Collection<ASTNode> },
  trace: Pick<SdkTrace, 'untraced'>,
): StoredClients {
  const stored: StoredClients = {};
  const imports = findProjectImports(file as Parameters<typeof findProjectImports>[0]);
  for (const { path, sdk } of trace.untraced) {
    const assignment = storeAbove(path);
    const left = assignment?.left;
    if (left?.type !== 'MemberExpression' || left.computed || left.object.type !== 'Identifier') continue;
    const className = findInstanceClass(file, left.object.name);
    const imp = className && imports.find((i) => i.local === className);
    if (!imp || left.property.type !== 'Identifier') continue;
    const module = (stored[toModuleKey(imp.target)] ??= {});
    (module[imp.imported] ??= {})[left.property.name] = sdk.name;
  }
  return stored;
}

/** The assignment whose right side is this client expression (through await, parentheses, casts). */
function storeAbove(path: AnyPath): AnyNode {
  let current = skipWrappersUp(path);
  while (current.parent?.node.type === 'AwaitExpression') current = skipWrappersUp(current.parent);
  const parent = current.parent?.node;
  return parent?.type === 'AssignmentExpression' && parent.right === current.node ? parent : undefined;
}
