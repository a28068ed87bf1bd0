import type { AnyPath } from '../ast/types.ts';

/** Why a client factory named outside a call escapes the planner; undefined when it is an allowed export. */
export function describeFactoryEscape(
  path: AnyPath,
  exportedOk: (name: string) => boolean,
): string | undefined {
  const parent = path.parent?.node;
  if (parent?.type === 'AssignmentExpression' && parent.left.type === 'MemberExpression') {
    const left = parent.left;
    if (left.object.type === 'Identifier' && /^(module|exports)$/.test(left.object.name)) {
      const name = left.object.name === 'exports' ? left.property.name : 'default';
      return exportedOk(name) ? undefined : `exported as ${left.object.name}.${left.property.name}`;
    }
  }
  if ((parent?.type === 'Property' || parent?.type === 'ObjectProperty') && parent.value === path.node) {
    // module.exports = { getClient }
    const obj = path.parent.parent;
    const assign = obj?.parent?.node;
    if (
      assign?.type === 'AssignmentExpression' &&
      assign.left.type === 'MemberExpression' &&
      assign.left.object.name === 'module' &&
      assign.left.property.name === 'exports'
    ) {
      const name = parent.key.name ?? parent.key.value;
      return exportedOk(name) ? undefined : `exported as module.exports.${name}`;
    }
  }
  return `factory ${path.node.name} is passed on`;
}
