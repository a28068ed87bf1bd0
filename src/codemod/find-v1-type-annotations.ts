import type { AnyPath, CodemodContext, TodoRequest } from './codemod-context.ts';
import { describeTodo } from './describe-todo.ts';
import { findEnclosingStatement } from './find-enclosing-statement.ts';
import { RESPONSE_PATHS } from '../translate/response-paths.ts';
import { findPaths } from './find-paths.ts';

const TYPE_WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSTypeAssertion']);

/**
 * TypeScript types that still describe V1 after a rewrite, which would no longer compile: the annotation or
 * assertion on a rewritten payload (`const body: CutoutRequest = …`, `{…} as V1Body`), and the types given to
 * a rewritten response (`post<{ _links: … }>(…)`, `.json<Job>()`, `const job: Job = …`) that declare the
 * V1 status link; a local interface or type alias is reported at its declaration.
 */
export function findV1TypeAnnotations(
  ctx: CodemodContext,
  target: { payload?: AnyPath; responseTypes?: { type: any; at: AnyPath }[] },
): TodoRequest[] {
  const todos: TodoRequest[] = [];
  const add = (at: AnyPath, typeNode: any) => {
    const text = ctx.source.slice(typeNode.start, typeNode.end);
    if (text === 'const') return;
    todos.push({
      statementStart: findEnclosingStatement(at).node.start,
      code: 'RB221',
      message: describeTodo('RB221', { sourceText: text }),
    });
  };
  if (target.payload) {
    let current = target.payload;
    while (current.parent && TYPE_WRAPPERS.has(current.parent.node.type)) {
      add(current.parent, current.parent.node.typeAnnotation);
      current = current.parent;
    }
    const declarator = current.parent;
    const annotation =
      declarator?.node.type === 'VariableDeclarator' ? declarator.node.id.typeAnnotation : undefined;
    if (annotation) add(declarator!, annotation.typeAnnotation ?? annotation);
  }
  if (target.responseTypes?.length) {
    const linkKey = RESPONSE_PATHS.statusLink.v1[0];
    const declarations = new Map<string, AnyPath>();
    findPaths(ctx.root, 'Node').forEach((p: AnyPath) => {
      if (p.node.type === 'TSInterfaceDeclaration' || p.node.type === 'TSTypeAliasDeclaration')
        declarations.set(p.node.id.name, p);
    });
    const reported = new Set<any>();
    for (const { type, at } of target.responseTypes) {
      for (const found of typesWithMember(type, linkKey!, declarations)) {
        if (reported.has(found.node)) continue;
        reported.add(found.node);
        add(found.path ?? at, found.label);
      }
    }
  }
  return todos;
}

/** Type literals (or local named types) inside `type` that have a member named `member`. */
function typesWithMember(
  type: any,
  member: string,
  declarations: ReadonlyMap<string, AnyPath>,
  seen = new Set<string>(),
): { node: any; path?: AnyPath; label: any }[] {
  const found: { node: any; path?: AnyPath; label: any }[] = [];
  const visit = (node: any): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (node.type === 'TSTypeLiteral' || node.type === 'TSInterfaceBody') {
      const members = node.members ?? node.body ?? [];
      if (
        members.some((m: any) => m.type === 'TSPropertySignature' && (m.key?.name ?? m.key?.value) === member)
      ) {
        found.push({ node, label: node });
        return;
      }
    }
    if (node.type === 'TSTypeReference' && node.typeName?.type === 'Identifier') {
      const name = node.typeName.name;
      const declaration = declarations.get(name);
      if (declaration && !seen.has(name)) {
        seen.add(name);
        const inner = typesWithMember(
          declaration.node.body ?? declaration.node.typeAnnotation,
          member,
          declarations,
          seen,
        );
        if (inner.length)
          found.push({ node: declaration.node, path: declaration, label: declaration.node.id });
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'comments' || key.endsWith('Comments'))
        continue;
      if (value && typeof value === 'object') visit(value);
    }
  };
  visit(type);
  return found;
}
