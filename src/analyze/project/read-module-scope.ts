import type { AnyNode } from '../ast/types.ts';
/** How a module exports a name: one of its own top-level names, an expression, or another module's export. */
export type ExportEntry =
  | { kind: 'local'; name: string }
  | { kind: 'node'; node: AnyNode }
  | { kind: 'from'; specifier: string; imported: string };

/** The top-level facts of one module that constant folding needs (see createConstantFolder). */
export interface ModuleScope {
  /** Top-level names bound to a value that cannot change: `const`, or `let`/`var` never assigned again. */
  values: Map<string, AnyNode>;
  /** Names bound by imports: the specifier and the imported name (`default`, `*` for the whole module). */
  imports: Map<string, { specifier: string; imported: string }>;
  /** Exported name → how (ESM `export`, `export default`, CommonJS `module.exports` / `exports.x`). */
  exports: Map<string, ExportEntry>;
  /** Specifiers of `export * from '…'`. */
  stars: string[];
  /** Assigns `exports.x` / `module.exports` (CommonJS): a default import is then the whole exports object. */
  commonJs: boolean;
}

const IMPORT_KINDS: Record<string, (s: AnyNode) => string | undefined> = {
  ImportSpecifier: (s) => (s.importKind === 'type' ? undefined : (s.imported?.name ?? s.imported?.value)),
  ImportDefaultSpecifier: () => 'default',
  ImportNamespaceSpecifier: () => '*',
};

/**
 * Reads a parsed module's top level (a Babel `Program`): its constant bindings, imports (ESM and
 * `require`), and exports (ESM, `export default`, re-exports, CommonJS). Nothing is evaluated here.
 */
export function readModuleScope(program: AnyNode): ModuleScope {
  const scope: ModuleScope = {
    values: new Map(),
    imports: new Map(),
    exports: new Map(),
    stars: [],
    commonJs: false,
  };
  const mutable: string[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') readImport(statement, scope);
    else if (statement.type === 'VariableDeclaration') readDeclaration(statement, scope, mutable);
    else if (statement.type === 'ExportNamedDeclaration') readNamedExport(statement, scope, mutable);
    else if (statement.type === 'ExportAllDeclaration') {
      if (!statement.exported && statement.exportKind !== 'type') scope.stars.push(statement.source.value);
    } else if (statement.type === 'ExportDefaultDeclaration') {
      const d = statement.declaration;
      scope.exports.set(
        'default',
        d.type === 'Identifier' ? { kind: 'local', name: d.name } : { kind: 'node', node: d },
      );
    } else if (statement.type === 'ExpressionStatement') readCommonJsExport(statement.expression, scope);
  }
  if (mutable.length > 0) {
    const assigned = findAssignedNames(program);
    for (const name of mutable) if (assigned.has(name)) scope.values.delete(name);
  }
  return scope;
}

function readImport(statement: AnyNode, scope: ModuleScope): void {
  if (statement.importKind === 'type' || typeof statement.source?.value !== 'string') return;
  for (const s of statement.specifiers ?? []) {
    const imported = IMPORT_KINDS[s.type]?.(s);
    if (imported !== undefined)
      scope.imports.set(s.local.name, { specifier: statement.source.value, imported });
  }
}

function readDeclaration(statement: AnyNode, scope: ModuleScope, mutable: string[]): void {
  for (const d of statement.declarations) {
    const required = requiredSpecifier(d.init);
    if (required !== undefined) {
      readRequire(d.id, required, scope);
      continue;
    }
    if (d.id.type !== 'Identifier' || !d.init) continue;
    scope.values.set(d.id.name, d.init);
    if (statement.kind !== 'const') mutable.push(d.id.name);
  }
}

/** `const x = require('./m')` (the whole module) and `const { a, b: c } = require('./m')`. */
function readRequire(id: AnyNode, specifier: string, scope: ModuleScope): void {
  if (id.type === 'Identifier') scope.imports.set(id.name, { specifier, imported: 'default' });
  if (id.type !== 'ObjectPattern') return;
  for (const p of id.properties) {
    const key = p.computed ? undefined : (p.key?.name ?? p.key?.value);
    if (typeof key === 'string' && p.value?.type === 'Identifier')
      scope.imports.set(p.value.name, { specifier, imported: key });
  }
}

function readNamedExport(statement: AnyNode, scope: ModuleScope, mutable: string[]): void {
  if (statement.exportKind === 'type') return;
  const declaration = statement.declaration;
  if (declaration?.type === 'VariableDeclaration') {
    readDeclaration(declaration, scope, mutable);
    for (const d of declaration.declarations)
      if (d.id.type === 'Identifier') scope.exports.set(d.id.name, { kind: 'local', name: d.id.name });
  }
  const from = statement.source?.value;
  for (const s of statement.specifiers ?? []) {
    if (s.exportKind === 'type') continue;
    const exported = s.exported?.name ?? s.exported?.value;
    if (typeof exported !== 'string') continue;
    if (typeof from === 'string') {
      const imported = s.type === 'ExportNamespaceSpecifier' ? '*' : (s.local?.name ?? s.local?.value);
      scope.exports.set(exported, { kind: 'from', specifier: from, imported });
    } else if (s.local?.name) scope.exports.set(exported, { kind: 'local', name: s.local.name });
  }
}

/** `module.exports = …`, `module.exports.x = …`, `exports.x = …`. */
function readCommonJsExport(expression: AnyNode, scope: ModuleScope): void {
  if (expression?.type !== 'AssignmentExpression' || expression.operator !== '=') return;
  const target = commonJsTarget(expression.left);
  if (target === undefined) return;
  scope.commonJs = true;
  const right = expression.right;
  const entry = (node: AnyNode): ExportEntry =>
    node.type === 'Identifier' ? { kind: 'local', name: node.name } : { kind: 'node', node };
  if (target !== '') {
    scope.exports.set(target, entry(right));
    return;
  }
  const required = requiredSpecifier(right);
  if (required !== undefined) {
    scope.stars.push(required);
    scope.exports.set('default', { kind: 'from', specifier: required, imported: 'default' });
    return;
  }
  scope.exports.set('default', entry(right));
  if (right.type !== 'ObjectExpression') return;
  for (const p of right.properties) {
    const key = p.type === 'ObjectProperty' || p.type === 'Property' ? p.key : undefined;
    const name = key && !p.computed ? (key.name ?? key.value) : undefined;
    if (typeof name === 'string') scope.exports.set(name, entry(p.value));
  }
}

/** '' for `module.exports`, the name for `module.exports.x` / `exports.x`, undefined for anything else. */
function commonJsTarget(left: AnyNode): string | undefined {
  if (left?.type !== 'MemberExpression' || left.computed) return undefined;
  const isModule = (n: AnyNode) => n.type === 'Identifier' && n.name === 'module';
  if (isModule(left.object) && left.property.name === 'exports') return '';
  const owner = left.object;
  const exportsObject =
    (owner.type === 'Identifier' && owner.name === 'exports') ||
    (owner.type === 'MemberExpression' &&
      !owner.computed &&
      isModule(owner.object) &&
      owner.property.name === 'exports');
  return exportsObject && left.property.type === 'Identifier' ? left.property.name : undefined;
}

function requiredSpecifier(node: AnyNode): string | undefined {
  if (node?.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'require')
    return undefined;
  const arg = node.arguments[0];
  const value = arg?.type === 'StringLiteral' || arg?.type === 'Literal' ? arg.value : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Names assigned anywhere in the module (`x = …`, `x += …`, `x++`): a `let`/`var` that may change. */
function findAssignedNames(program: AnyNode): Set<string> {
  const assigned = new Set<string>();
  const visit = (node: AnyNode): void => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') assigned.add(node.left.name);
    if (node.type === 'UpdateExpression' && node.argument.type === 'Identifier')
      assigned.add(node.argument.name);
    for (const key of Object.keys(node)) {
      if (SKIPPED_KEYS.has(key)) continue;
      const child = node[key];
      if (Array.isArray(child)) for (const c of child) visit(c);
      else if (child && typeof child === 'object') visit(child);
    }
  };
  visit(program);
  return assigned;
}

const SKIPPED_KEYS = new Set([
  'loc',
  'start',
  'end',
  'extra',
  'range',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'comments',
  'tokens',
]);
