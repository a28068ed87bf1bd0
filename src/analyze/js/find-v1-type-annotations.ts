import type { AnyNode } from '../ast/types.ts';
import type { AnyPath, CodemodContext, Plan } from './codemod-context.ts';
import { describeTodo } from './plan/describe-todo.ts';
import { findEnclosingStatement } from '../ast/find-enclosing-statement.ts';
import { RESPONSE_PATHS } from 'rb-migrate-runtime/translate';
import { V2AcceptedSchema } from 'rb-migrate-runtime/mapping';
import { findPaths } from '../ast/find-paths.ts';

const TYPE_WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSTypeAssertion']);
/** Annotations a V2 body satisfies as well as a V1 one: nothing to update. */
const OPEN_TYPES = new Set(['TSAnyKeyword', 'TSUnknownKeyword', 'TSObjectKeyword']);
const OPEN_TYPE_NAMES = new Set(['Record', 'Object']);

/**
 * TypeScript types that still describe V1 after a rewrite, and would no longer compile (pattern 9, stale
 * types), updated with the rewrite where that is safe:
 * - the type a rewritten V1 POST response is given (`(await r.json()) as { _links: … }`,
 *   `post<{ _links: … }>(…)`, `.json<Job>()`, `const job: Job = …`): the status-link member becomes the V2
 *   accepted members (`jobId: string; statusUrl: string`) in an inline type literal, and in a local interface
 *   or type alias that only this flow uses (not exported, every reference in the file is one of these types);
 * - the annotation or assertion on a rewritten payload: an inline type literal is dropped (the V2 literal is
 *   inferred), `any`/`unknown`/`object`/`Record<…>` stay.
 * Anything else (an exported or otherwise shared named type, a named payload type) keeps an RB221 TODO.
 */
export function findV1TypeAnnotations(
  ctx: CodemodContext,
  target: { payload?: AnyPath; responseTypes?: { type: AnyNode; at: AnyPath }[] },
): Plan {
  const plan: Plan = { edits: [], todos: [] };
  const todo = (at: AnyPath, typeNode: AnyNode) =>
    plan.todos.push({
      statementStart: findEnclosingStatement(at).node.start,
      code: 'RB221',
      message: describeTodo('RB221', { sourceText: ctx.source.slice(typeNode.start, typeNode.end) }),
    });
  if (target.payload) planPayloadTypes(ctx, target.payload, plan, todo);
  if (target.responseTypes?.length) planResponseTypes(ctx, target.responseTypes, plan, todo);
  return plan;
}

type Todo = (at: AnyPath, typeNode: AnyNode) => void;

function planPayloadTypes(ctx: CodemodContext, payload: AnyPath, plan: Plan, todo: Todo): void {
  const update = (at: AnyPath, type: AnyNode, removeFrom: number, removeTo: number) => {
    if (ctx.source.slice(type.start, type.end) === 'const' || isOpenType(type)) return;
    if (type.type === 'TSTypeLiteral')
      plan.edits.push({ start: removeFrom, end: removeTo, text: '', kind: 'type' });
    else todo(at, type);
  };
  let current = payload;
  while (current.parent && TYPE_WRAPPERS.has(current.parent.node.type)) {
    const wrapper = current.parent.node;
    // `<T>x` cannot be dropped by a splice after the expression; only `as`/`satisfies` are.
    if (wrapper.type === 'TSTypeAssertion') todo(current.parent, wrapper.typeAnnotation);
    else update(current.parent, wrapper.typeAnnotation, wrapper.expression.end, wrapper.end);
    current = current.parent;
  }
  const declarator = current.parent;
  const annotation =
    declarator?.node.type === 'VariableDeclarator' ? declarator.node.id.typeAnnotation : undefined;
  if (annotation)
    update(declarator!, annotation.typeAnnotation ?? annotation, annotation.start, annotation.end);
}

function isOpenType(type: AnyNode): boolean {
  if (OPEN_TYPES.has(type.type)) return true;
  return type.type === 'TSTypeReference' && OPEN_TYPE_NAMES.has(type.typeName?.name);
}

function planResponseTypes(
  ctx: CodemodContext,
  responseTypes: readonly { type: AnyNode; at: AnyPath }[],
  plan: Plan,
  todo: Todo,
): void {
  const linkKey = RESPONSE_PATHS.statusLink.v1[0]!;
  const declarations = new Map<string, AnyPath>();
  /** Types imported from the project's own modules: their shape is not visible from this file. */
  const imported = new Map<string, AnyPath>();
  findPaths(ctx.root, 'ImportDeclaration').forEach((p: AnyPath) => {
    if (!String(p.node.source?.value).startsWith('.')) return;
    for (const s of p.node.specifiers ?? []) imported.set(s.local.name, p);
  });
  const references = new Map<string, AnyNode[]>();
  findPaths(ctx.root, 'Node').forEach((p: AnyPath) => {
    const n = p.node;
    if (n.type === 'TSInterfaceDeclaration' || n.type === 'TSTypeAliasDeclaration')
      declarations.set(n.id.name, p);
    if (n.type === 'TSTypeReference' && n.typeName?.type === 'Identifier')
      references.set(n.typeName.name, [...(references.get(n.typeName.name) ?? []), n]);
    if (n.type === 'TSExpressionWithTypeArguments' || n.type === 'TSTypeQuery') {
      const name = n.expression?.name ?? n.exprName?.name;
      if (name) references.set(name, [...(references.get(name) ?? []), n]);
    }
  });
  const inFlow = (node: AnyNode) =>
    responseTypes.some(({ type }) => type.start <= node.start && node.end <= type.end);
  /** A local type only this flow uses: not exported, every reference sits in one of its types. */
  const ownedByFlow = (declaration: AnyPath) =>
    !/^Export/.test(declaration.parent?.node.type ?? '') &&
    !isExportedByName(ctx, declaration.node.id.name) &&
    (references.get(declaration.node.id.name) ?? []).every(inFlow);
  const done = new Set<unknown>();
  for (const { type, at } of responseTypes) {
    for (const found of literalsWithMember(type, linkKey, declarations, imported)) {
      if (done.has(found.literal)) continue;
      done.add(found.literal);
      if (found.imported) todo(at, found.literal);
      else if (!found.owner || ownedByFlow(found.owner))
        plan.edits.push(replaceMember(ctx, found.literal, found.member));
      else todo(found.owner, found.owner.node.id);
    }
  }
}

/** `export { Name }` / `export default Name` elsewhere in the file. */
function isExportedByName(ctx: CodemodContext, name: string): boolean {
  let exported = false;
  findPaths(ctx.root, 'Node').forEach((p: AnyPath) => {
    const n = p.node;
    if (n.type === 'ExportNamedDeclaration' && !n.declaration)
      exported ||= (n.specifiers ?? []).some((s: AnyNode) => s.local?.name === name);
    if (n.type === 'ExportDefaultDeclaration' && n.declaration?.type === 'Identifier')
      exported ||= n.declaration.name === name;
  });
  return exported;
}

/** The V1 status-link member → the V2 accepted members, in the literal's own layout. */
function replaceMember(ctx: CodemodContext, literal: AnyNode, member: AnyNode) {
  const text = ctx.source.slice(member.start, member.end);
  const trailing = /[;,]$/.test(text) ? text.slice(-1) : '';
  const multiline = ctx.source.slice(literal.start, literal.end).includes('\n');
  const lineStart = ctx.source.lastIndexOf('\n', member.start - 1) + 1;
  const indent = /^[ \t]*/.exec(ctx.source.slice(lineStart, member.start))![0];
  const modifiers = `${member.readonly ? 'readonly ' : ''}`;
  const members = Object.keys(V2AcceptedSchema.shape).map(
    (k) => `${modifiers}${k}${member.optional ? '?' : ''}: string`,
  );
  const separator = multiline ? `;${ctx.style.eol}${indent}` : '; ';
  return { start: member.start, end: member.end, text: members.join(separator) + trailing, kind: 'type' };
}

interface FoundType {
  literal: AnyNode;
  member?: AnyNode;
  /** The local declaration the literal belongs to, when it is not inline. */
  owner?: AnyPath;
  /** A type imported from a project module (`literal` is the reference): its members are not visible here. */
  imported?: boolean;
}

/**
 * Type literals and interface bodies inside `type` (following local named types) with a member named
 * `member`, and references to types imported from project modules (which may have it).
 */
function literalsWithMember(
  type: AnyNode,
  member: string,
  declarations: ReadonlyMap<string, AnyPath>,
  imported: ReadonlyMap<string, AnyPath>,
  owner?: AnyPath,
  seen = new Set<string>(),
): FoundType[] {
  const found: FoundType[] = [];
  const visit = (node: AnyNode): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (node.type === 'TSTypeLiteral' || node.type === 'TSInterfaceBody') {
      const members = node.members ?? node.body ?? [];
      const hit = members.find(
        (m: AnyNode) => m.type === 'TSPropertySignature' && (m.key?.name ?? m.key?.value) === member,
      );
      if (hit) {
        found.push({ literal: node, member: hit, owner });
        return;
      }
    }
    if (node.type === 'TSTypeReference' && node.typeName?.type === 'Identifier') {
      const name = node.typeName.name;
      if (imported.has(name) && !declarations.has(name)) found.push({ literal: node, imported: true });
      const declaration = declarations.get(name);
      if (declaration && !seen.has(name)) {
        seen.add(name);
        found.push(
          ...literalsWithMember(
            declaration.node.body ?? declaration.node.typeAnnotation,
            member,
            declarations,
            imported,
            declaration,
            seen,
          ),
        );
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
