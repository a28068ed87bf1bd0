import type { AnyNode } from '../ast/types.ts';
import type { ASTNode } from 'jscodeshift';
import { resolve } from 'node:path';
import type { AnyPath, CodemodContext, TodoRequest } from '../js/codemod-context.ts';
import { describeTodo } from '../js/plan/describe-todo.ts';
import { findEnclosingStatement } from '../ast/find-enclosing-statement.ts';
import { findPaths } from '../ast/find-paths.ts';
import { SDKS, type SdkFacts } from 'rb-migrate-runtime/mapping';
import { findStoredFields } from './find-stored-fields.ts';

/**
 * Remove Background calls on a client known only by its type: a parameter, variable or class field typed as
 * an SDK client class (`client: PhotoshopClient`, `import type` included), when the project-wide type-aware
 * analysis (findTypedSdkReceivers) could not prove that every client it receives is migrated in the same run
 * (or there was no project: plain jscodeshift). The call stays V1 with an RB214 TODO, and check and rewrite
 * say the same thing about it.
 */
export function planTypedSdkCalls(
  ctx: CodemodContext,
  handled: (callStart: number) => boolean,
): TodoRequest[] {
  const classes = findClientClassNames(ctx);
  const typed = new Map<string, SdkFacts>();
  // Fields of this module's exported classes that another module stores an SDK client in (JS too).
  for (const [name, sdk] of findStoredFields(ctx)) typed.set(`this.${name}`, sdk);
  if (classes.size === 0 && typed.size === 0) return [];
  const noteTyped = (name: string | undefined, annotation: AnyNode) => {
    const sdk = annotation && classOf(annotation.typeAnnotation ?? annotation, classes);
    if (name && sdk) typed.set(name, sdk);
  };
  // Parameters and fields the project-wide analysis proved closed are migrated by the SDK planner
  // (findTypedSdkReceivers).
  const typedFacts = ctx.project?.sdk?.typed?.[resolve(ctx.filename)];
  const proven = typedFacts?.params ?? {};
  const provenFields = typedFacts?.fields ?? {};
  findPaths(ctx.root, 'Identifier').forEach((p: AnyPath) => {
    if (proven[p.node.start] === undefined) noteTyped(p.node.name, p.node.typeAnnotation);
  });
  findPaths(ctx.root, 'Node').forEach((p: AnyPath) => {
    const n = p.node;
    const key = n.type === 'TSParameterProperty' ? n.parameter : n.key;
    if (key?.type === 'Identifier' && provenFields[key.start] !== undefined) {
      typed.delete(`this.${key.name}`); // proven: the SDK planner migrates its calls
      return;
    }
    if ((n.type === 'ClassProperty' || n.type === 'PropertyDefinition') && n.key?.type === 'Identifier')
      noteTyped(`this.${n.key.name}`, n.typeAnnotation);
    if (n.type === 'TSParameterProperty' && n.parameter?.type === 'Identifier') {
      noteTyped(n.parameter.name, n.parameter.typeAnnotation);
      noteTyped(`this.${n.parameter.name}`, n.parameter.typeAnnotation);
    }
  });
  const todos: TodoRequest[] = [];
  findPaths(ctx.root, 'Node').forEach((p: AnyPath) => {
    const n = p.node;
    if (n.type !== 'CallExpression' && n.type !== 'OptionalCallExpression') return;
    const callee = n.callee;
    if (!/MemberExpression$/.test(callee.type) || callee.computed || callee.property.type !== 'Identifier')
      return;
    const receiver = receiverName(callee.object);
    const sdk = receiver === undefined ? undefined : typed.get(receiver);
    if (!sdk || sdk.methods[callee.property.name] === undefined || handled(n.start)) return;
    todos.push({
      statementStart: findEnclosingStatement(p).node.start,
      code: 'RB214',
      message: describeTodo('RB214', { sourceText: `${receiver}.${callee.property.name}()` }),
    });
  });
  return todos;
}

/** Local names (and `ns.Name` spellings) of the SDK client classes, from value or type-only imports. */
function findClientClassNames(ctx: CodemodContext): Map<string, SdkFacts> {
  const names = new Map<string, SdkFacts>();
  findPaths(ctx.root, 'ImportDeclaration').forEach((p: AnyPath) => {
    const sdk = SDKS.find((s) => s.module === p.node.source?.value && s.factory.form === 'new');
    if (!sdk) return;
    for (const s of p.node.specifiers ?? []) {
      if (s.type === 'ImportSpecifier' && (s.imported?.name ?? s.imported?.value) === sdk.factory.export)
        names.set(s.local.name, sdk);
      if (s.type === 'ImportNamespaceSpecifier' || s.type === 'ImportDefaultSpecifier')
        names.set(`${s.local.name}.${sdk.factory.export}`, sdk);
    }
  });
  return names;
}

function classOf(
  type: ASTNode | null | undefined,
  classes: ReadonlyMap<string, SdkFacts>,
): SdkFacts | undefined {
  if (type?.type !== 'TSTypeReference') return undefined;
  const name = type.typeName;
  if (name.type === 'Identifier') return classes.get(name.name);
  if (name.type === 'TSQualifiedName' && name.left.type === 'Identifier' && name.right.type === 'Identifier')
    return classes.get(`${name.left.name}.${name.right.name}`);
  return undefined;
}

function receiverName(node: AnyNode): string | undefined {
  let n = node;
  while (
    n.type === 'TSNonNullExpression' ||
    n.type === 'TSAsExpression' ||
    n.type === 'ParenthesizedExpression'
  )
    n = n.expression;
  if (n.type === 'Identifier') return n.name;
  if (/MemberExpression$/.test(n.type) && n.object.type === 'ThisExpression' && !n.computed)
    return `this.${n.property.name}`;
  return undefined;
}
