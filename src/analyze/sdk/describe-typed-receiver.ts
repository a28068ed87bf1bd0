import {
  Node,
  SyntaxKind,
  type Identifier,
  type ParameterDeclaration,
  type PropertyDeclaration,
  type TypeNode,
} from 'ts-morph';
import type { SdkFacts } from 'rb-migrate-runtime/mapping';

/**
 * Something that holds an SDK client known only by its type: a parameter (`c: PhotoshopClient`), a
 * constructor parameter property (`constructor(private client: PhotoshopClient)`) or a class field
 * (`client!: PhotoshopClient`). What flows in (`sources`: the arguments callers pass, the values assigned
 * to the field, its initializer) and where it is read (`reads`: `c`, `this.client`, `jobs.client`) are
 * judged by findTypedSdkReceivers.
 */
export interface TypedReceiver {
  declaration: ParameterDeclaration | PropertyDeclaration;
  sdk: SdkFacts;
  name: Identifier;
  type: TypeNode;
  /** A field (or parameter property): its calls are `this.<name>.method(…)` in the class. */
  field: boolean;
  /** The key of the function or class a caller's callee resolves to (parameters), and the position. */
  owner?: string;
  index: number;
  sources: Node[];
  reads: Node[];
}

/**
 * The receiver a declaration typed as a client describes, with every source and read found through the
 * language service's references; undefined when some reference is neither (the value escapes where
 * rb-migrate does not follow it: destructured, passed as a callback, a class subclassed).
 */
export function describeTypedReceiver(
  declaration: ParameterDeclaration | PropertyDeclaration,
  sdk: SdkFacts,
): TypedReceiver | undefined {
  const name = declaration.getNameNode();
  const type = declaration.getTypeNode();
  if (!Node.isIdentifier(name) || !type) return undefined;
  const isParameter = Node.isParameterDeclaration(declaration);
  if (isParameter && declaration.isRestParameter()) return undefined;
  if (!isParameter && declaration.isStatic()) return undefined;
  const field = !isParameter || declaration.isParameterProperty();
  const receiver: TypedReceiver = { declaration, sdk, name, type, field, index: -1, sources: [], reads: [] };
  const init = declaration.getInitializer();
  if (init) receiver.sources.push(init);
  for (const ref of name.findReferencesAsNodes()) {
    if (ref === name) continue;
    const access = ref.getParent();
    const isMember = access && Node.isPropertyAccessExpression(access) && access.getNameNode() === ref;
    // A field is reached through `this.x` / `obj.x`; inside a constructor a parameter property is also `x`.
    if (field && !isMember && !(isParameter && ref.getSourceFile() === declaration.getSourceFile()))
      return undefined;
    const value = isMember ? access : ref;
    const assigned = assignmentTo(value);
    if (assigned) receiver.sources.push(assigned);
    else receiver.reads.push(value);
  }
  if (isParameter) {
    const fn = declaration.getParent();
    receiver.index = Node.isParametered(fn) ? fn.getParameters().indexOf(declaration) : -1;
    const callers = findCallerArguments(fn, receiver.index);
    if (!callers) return undefined;
    receiver.owner = callers.owner;
    receiver.sources.push(...callers.passes);
  }
  return receiver;
}

/** The right side of `value = …` (a plain assignment of the whole value), if that is what `value` is in. */
function assignmentTo(value: Node): Node | undefined {
  const parent = value.getParent();
  if (!parent || !Node.isBinaryExpression(parent) || parent.getLeft() !== value) return undefined;
  return parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken ? parent.getRight() : undefined;
}

/**
 * The arguments every caller of a function passes at `index`: calls of a named function or method, `new C(…)`
 * for a constructor. Undefined when some reference to it is not such a call (import and export specifiers
 * and type positions are fine).
 */
function findCallerArguments(fn: Node, index: number): { owner: string; passes: Node[] } | undefined {
  const holder = Node.isConstructorDeclaration(fn) ? fn.getParent() : functionHolder(fn);
  const name = holder && (Node.isClassDeclaration(holder) ? holder.getNameNode() : nameOf(holder));
  if (!holder || !name || index < 0) return undefined;
  const passes: Node[] = [];
  for (const ref of name.findReferencesAsNodes()) {
    if (ref === name) continue;
    const parent = ref.getParent();
    if (parent && (Node.isImportSpecifier(parent) || Node.isExportSpecifier(parent))) continue;
    if (parent && Node.isTypeReference(parent)) continue;
    const call = Node.isConstructorDeclaration(fn) ? newOf(ref) : callOf(ref);
    const argument = call?.getArguments()[index];
    if (!argument) return undefined;
    passes.push(argument);
  }
  return passes.length > 0 ? { owner: keyOf(holder), passes } : undefined;
}

/** A declaration's identity across the checker's and the language service's programs. */
export function keyOf(declaration: Node): string {
  return `${declaration.getSourceFile().getFilePath()}:${declaration.getStart()}`;
}

/** The node a caller's callee symbol resolves to: a function or method declaration, or the variable holding it. */
function functionHolder(fn: Node): Node | undefined {
  if (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn)) return fn;
  if (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) {
    const holder = fn.getParent();
    if (holder && Node.isVariableDeclaration(holder)) return holder;
  }
  return undefined;
}

function nameOf(holder: Node): Identifier | undefined {
  const name =
    Node.isFunctionDeclaration(holder) ||
    Node.isMethodDeclaration(holder) ||
    Node.isVariableDeclaration(holder)
      ? holder.getNameNode()
      : undefined;
  return name && Node.isIdentifier(name) ? name : undefined;
}

/** The call whose callee is `ref` (`f(…)`, `obj.f(…)`, `this.f(…)`). */
function callOf(ref: Node) {
  let callee: Node = ref;
  const parent = ref.getParent();
  if (parent && Node.isPropertyAccessExpression(parent) && parent.getNameNode() === ref) callee = parent;
  const call = callee.getParent();
  return call && Node.isCallExpression(call) && call.getExpression() === callee ? call : undefined;
}

/** `new C(…)` whose class expression is `ref`. */
function newOf(ref: Node) {
  const call = ref.getParent();
  return call && Node.isNewExpression(call) && call.getExpression() === ref ? call : undefined;
}
