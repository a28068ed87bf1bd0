import type { AnyNode } from '../ast/types.ts';
import type { AnyPath, CodemodContext } from './codemod-context.ts';
import { climbUrlExpression } from './climb-url-expression.ts';
import { findBinding } from '../ast/find-binding.ts';
import { findReferences } from '../ast/find-references.ts';
import { getPropertyKey } from '../ast/get-property-key.ts';
import { skipWrappersUp } from '../ast/skip-wrappers-up.ts';
import { findPaths } from '../ast/find-paths.ts';

export interface UrlUses {
  /** Whole URL expressions evaluated where a request is made (the literal itself, or each read of the constant). */
  uses: AnyPath[];
  /** The URL is stored in an exported constant (other modules may post to it). */
  exported: boolean;
  /** The constant the URL was written to, if any (`const CUTOUT_URL = …`). */
  constantName?: string;
}

/**
 * Where a URL expression ends up: when it initialises a constant (`const CUTOUT_URL = …`, also through a
 * chain of constants), every read of that constant; when it is a property of a module-private config
 * object (`const ENDPOINTS = { cutout: … }`), every `ENDPOINTS.cutout`; otherwise the expression itself.
 */
export function collectUrlUses(ctx: CodemodContext, top: AnyPath, depth = 0): UrlUses {
  const holder = skipWrappersUp(top);
  const member = configObjectMember(ctx, holder);
  if (member) return member;
  // `module.exports.CUTOUT_URL = '…'` / `exports.X = …`: exported, no use in this module.
  if (
    holder.name === 'right' &&
    holder.parent?.node.type === 'AssignmentExpression' &&
    isCommonJsExport(holder)
  )
    return withName(
      { uses: [], exported: true },
      /^(?:module\.)?exports\.([\w$]+)$/.exec(ctxText(holder.parent.node.left))?.[1],
    );
  // `module.exports = { CUTOUT_URL: '…' }`: exported under its key (what an importer folds it to).
  const key = commonJsObjectKey(holder);
  if (key !== undefined) return { uses: [], exported: true, constantName: key };
  const declarator = holder.parent;
  if (
    declarator?.node.type !== 'VariableDeclarator' ||
    holder.name !== 'init' ||
    declarator.node.id.type !== 'Identifier' ||
    depth > 3
  )
    return { uses: [top], exported: false };
  const name: string = declarator.node.id.name;
  const binding = findBinding(declarator.get('id'), name);
  if (!binding) return { uses: [top], exported: false };
  let exported = declarator.parent?.parent?.node.type === 'ExportNamedDeclaration';
  if (
    findPaths(ctx.root, 'ExportSpecifier', (n) => n.type === 'ExportSpecifier' && n.local?.name === name)
      .length > 0
  )
    exported = true;
  const uses: AnyPath[] = [];
  for (const ref of findReferences(ctx, binding, name)) {
    if (isCommonJsExport(ref)) {
      exported = true;
      continue;
    }
    const refTop = climbUrlExpression(ref);
    const nested = collectUrlUses(ctx, refTop, depth + 1);
    uses.push(...nested.uses);
    exported ||= nested.exported;
  }
  return { uses, exported, constantName: name };
}

/** `module.exports = { X }`, `module.exports.X = X`, `exports.X = X`. */
function isCommonJsExport(ref: AnyPath): boolean {
  let current: AnyPath | undefined = ref;
  for (let i = 0; i < 4 && current; i++) {
    const node = current.node;
    if (node.type === 'AssignmentExpression') {
      const left = ctxText(node.left);
      return /^(module\.)?exports\b/.test(left);
    }
    current = current.parent;
  }
  return false;
}

function withName(uses: UrlUses, name: string | undefined): UrlUses {
  return name === undefined ? uses : { ...uses, constantName: name };
}

/** The key of a property of the object literal assigned to `module.exports`, holding `holder`. */
function commonJsObjectKey(holder: AnyPath): string | undefined {
  const property = holder.parent;
  if (holder.name !== 'value' || !['ObjectProperty', 'Property'].includes(property?.node.type))
    return undefined;
  const object = skipWrappersUp(property.parent);
  const assignment = object.parent;
  if (property.parent.node.type !== 'ObjectExpression' || object.name !== 'right') return undefined;
  if (assignment?.node.type !== 'AssignmentExpression' || ctxText(assignment.node.left) !== 'module.exports')
    return undefined;
  return property.node.computed ? undefined : getPropertyKey(property.node);
}

function ctxText(node: AnyNode): string {
  const parts: string[] = [];
  let cur = node;
  while (cur?.type === 'MemberExpression') {
    parts.unshift(cur.property?.name ?? '');
    cur = cur.object;
  }
  if (cur?.type === 'Identifier') parts.unshift(cur.name);
  return parts.join('.');
}

/**
 * `const ENDPOINTS = { cutout: '…/sensei/cutout' }` read as `ENDPOINTS.cutout`: the uses are those member
 * reads. Any other use of the whole object (passed on, destructured, exported) is returned as a use of its
 * own, which has no request, so the endpoint stays V1 with a TODO.
 */
function configObjectMember(ctx: CodemodContext, holder: AnyPath): UrlUses | undefined {
  const property = holder.parent;
  if (!property || holder.name !== 'value' || !['ObjectProperty', 'Property'].includes(property.node.type))
    return undefined;
  const key = getPropertyKey(property.node);
  const object = property.parent ? skipWrappersUp(property.parent) : undefined;
  const declarator = object?.parent;
  if (
    !key ||
    property.parent?.node.type !== 'ObjectExpression' ||
    declarator?.node.type !== 'VariableDeclarator' ||
    object?.name !== 'init' ||
    declarator.node.id.type !== 'Identifier' ||
    declarator.parent?.node.kind !== 'const'
  )
    return undefined;
  const name: string = declarator.node.id.name;
  const binding = findBinding(declarator.get('id'), name);
  if (!binding) return undefined;
  if (declarator.parent?.parent?.node.type === 'ExportNamedDeclaration')
    return { uses: [holder], exported: true };
  const uses: AnyPath[] = [];
  for (const ref of findReferences(ctx, binding, name)) {
    const read = ref.parent;
    const isMember =
      read &&
      ['MemberExpression', 'OptionalMemberExpression'].includes(read.node.type) &&
      ref.name === 'object';
    const readKey = isMember
      ? read.node.computed
        ? typeof read.node.property.value === 'string'
          ? read.node.property.value
          : undefined
        : read.node.property.name
      : undefined;
    if (readKey === key) uses.push(climbUrlExpression(read));
    else if (readKey === undefined) uses.push(ref);
  }
  return { uses, exported: false, constantName: `${name}.${key}` };
}
