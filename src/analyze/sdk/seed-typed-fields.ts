import type { AnyNode, AnyPath } from '../ast/types.ts';
import type { ASTNode, Collection } from 'jscodeshift';
import { SDKS, type SdkFacts } from 'rb-migrate-runtime/mapping';
import type { TypedReceivers } from './sdk-project-context.ts';
import { findPaths } from '../ast/find-paths.ts';

/**
 * Class fields the project-wide (type-aware) analysis proved to hold only clients migrated in this run
 * (`client!: PhotoshopClient` set from outside, `constructor(private client: PhotoshopClient)`): each is
 * handed to `addMember` with its class, so `this.<name>.removeBackground(…)` is a traced call.
 */
export function seedTypedFields(
  root: Collection<ASTNode>,
  typed: TypedReceivers,
  addMember: (cls: unknown, name: string, sdk: SdkFacts) => void,
): void {
  const fields = typed.fields ?? {};
  if (Object.keys(fields).length === 0) return;
  findPaths(root, 'Node').forEach((path: AnyPath) => {
    const node = path.node;
    const key =
      node.type === 'ClassProperty' || node.type === 'PropertyDefinition'
        ? node.key
        : node.type === 'TSParameterProperty'
          ? node.parameter
          : undefined;
    if (key?.type !== 'Identifier') return;
    const sdk = SDKS.find((s) => s.name === fields[key.start]);
    if (sdk) addMember(enclosingClassNode(path), key.name, sdk);
  });
}

function enclosingClassNode(path: AnyPath): AnyNode {
  for (let p = path.parent; p; p = p.parent)
    if (p.node.type === 'ClassDeclaration' || p.node.type === 'ClassExpression') return p.node;
  return undefined;
}
