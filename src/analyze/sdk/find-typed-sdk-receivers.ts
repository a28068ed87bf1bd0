import {
  Node,
  type CallExpression,
  type Identifier,
  type ParameterDeclaration,
  type SourceFile,
} from 'ts-morph';
import { SDKS, type SdkFacts } from 'rb-migrate-runtime/mapping';
import type { SdkProjectContext, TypedReceivers } from './sdk-project-context.ts';

type Typed = NonNullable<SdkProjectContext['typed']>;

/**
 * Type-aware receivers (ts-morph): a parameter typed as an SDK client class (`client: PhotoshopClient`, from
 * `import type` too) is known only by its type, so one file cannot migrate the calls made on it. With the
 * whole project's references (the type checker finds every call of the function, across files and through
 * methods) it can, when the world is closed:
 * - every use of the parameter is a Remove Background call on it (`client.removeBackground(…)`);
 * - every reference to the function is a direct call (or an import/export specifier), and the argument it
 *   passes there is a local variable created with `new PhotoshopClient(…)` in that file;
 * - every use of each such variable is a Remove Background call or such a pass.
 * Then the parameter counts as a client in its file (the call is migrated and the type becomes the runtime
 * client's), and each pass is a followed use in the creating file (the creation is migrated). Anything else
 * keeps today's RB214 TODO. Offsets are those of the files' text as read (the same text the codemod parses).
 */
export function findTypedSdkReceivers(files: readonly SourceFile[]): Typed {
  const typed: Typed = {};
  const entryOf = (file: SourceFile): TypedReceivers =>
    (typed[file.getFilePath()] ??= { params: {}, passed: {}, types: [], unusedImports: [] });
  const candidates: Candidate[] = [];
  for (const file of files) {
    if (!SDKS.some((s) => file.getFullText().includes(s.module))) continue;
    const classes = clientClassNames(file);
    if (classes.size === 0) continue;
    file.forEachDescendant((node) => {
      if (!Node.isParameterDeclaration(node)) return;
      const sdk = sdkOfType(node, classes);
      const candidate = sdk && describeCandidate(node, sdk);
      if (candidate) candidates.push(candidate);
    });
  }
  // A client may be passed to several typed parameters: drop candidates until every pass is to a live one,
  // and every file receiving one can import the runtime (an SDK value import to replace, or type-only SDK
  // imports that only these parameters use).
  let live = candidates;
  for (let changed = true; changed;) {
    let next = live.filter((c) => c.passes.every((pass) => isClosedClient(pass, c.sdk, live)));
    next = next.filter((c) => isAnchored(c.parameter.getSourceFile(), next));
    changed = next.length !== live.length;
    live = next;
  }
  for (const c of live) {
    const file = c.parameter.getSourceFile();
    const entry = entryOf(file);
    entry.params[c.parameter.getNameNode().getStart()] = c.sdk.name;
    const type = c.parameter.getTypeNodeOrThrow();
    entry.types.push([type.getStart(), type.getEnd()]);
    for (const pass of c.passes) entryOf(pass.getSourceFile()).passed[pass.getStart()] = c.sdk.name;
  }
  for (const [path, entry] of Object.entries(typed)) {
    const file = files.find((f) => f.getFilePath() === path);
    if (file && entry.types.length) entry.unusedImports.push(...unusedTypeImports(file, entry.types));
  }
  return typed;
}

/** A parameter typed as a client, only used for Remove Background calls, of a function only called. */
interface Candidate {
  parameter: ParameterDeclaration;
  sdk: SdkFacts;
  index: number;
  /** The function's declaration (what its callers' callee resolves to), as keyOf gives it. */
  function: string;
  /** The arguments its callers pass to the parameter. */
  passes: Node[];
}

function typeRangesOf(file: SourceFile, live: readonly Candidate[]): [number, number][] {
  return live
    .filter((c) => c.parameter.getSourceFile() === file)
    .map((c) => c.parameter.getTypeNodeOrThrow())
    .map((t) => [t.getStart(), t.getEnd()]);
}

/** The file has an SDK value import (the planner's anchor), or type-only SDK imports these types free. */
function isAnchored(file: SourceFile, live: readonly Candidate[]): boolean {
  const valueImport = file
    .getImportDeclarations()
    .some((d) => !d.isTypeOnly() && SDKS.some((s) => s.module === d.getModuleSpecifierValue()));
  return valueImport || unusedTypeImports(file, typeRangesOf(file, live)).length > 0;
}

/** `import type { PhotoshopClient } from '<sdk>'` whose every reference is one of the rewritten types. */
function unusedTypeImports(file: SourceFile, types: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const declaration of file.getImportDeclarations()) {
    if (!declaration.isTypeOnly() || !SDKS.some((s) => s.module === declaration.getModuleSpecifierValue()))
      continue;
    const names = declaration.getNamedImports().map((n) => n.getAliasNode() ?? n.getNameNode());
    if (declaration.getDefaultImport() || declaration.getNamespaceImport() || names.length === 0) continue;
    const unused = names.every((name) =>
      Node.isIdentifier(name)
        ? name
            .findReferencesAsNodes()
            .filter((r) => r !== name && r.getSourceFile() === file)
            .every((r) => types.some(([start, end]) => start <= r.getStart() && r.getEnd() <= end))
        : false,
    );
    if (!unused) continue;
    const text = file.getFullText();
    let end = declaration.getEnd();
    if (text.startsWith('\r\n', end)) end += 2;
    else if (text[end] === '\n') end += 1;
    out.push([declaration.getStart(), end]);
  }
  return out;
}

/** Local names (`PhotoshopClient`, `ps.PhotoshopClient`) of the SDK client classes this file imports. */
function clientClassNames(file: SourceFile): Map<string, SdkFacts> {
  const names = new Map<string, SdkFacts>();
  for (const declaration of file.getImportDeclarations()) {
    const sdk = SDKS.find(
      (s) => s.module === declaration.getModuleSpecifierValue() && s.factory.form === 'new',
    );
    if (!sdk) continue;
    for (const named of declaration.getNamedImports())
      if (named.getName() === sdk.factory.export)
        names.set(named.getAliasNode()?.getText() ?? named.getName(), sdk);
    const namespace = declaration.getNamespaceImport() ?? declaration.getDefaultImport();
    if (namespace) names.set(`${namespace.getText()}.${sdk.factory.export}`, sdk);
  }
  return names;
}

function sdkOfType(parameter: ParameterDeclaration, classes: ReadonlyMap<string, SdkFacts>) {
  const type = parameter.getTypeNode();
  if (!type || !Node.isTypeReference(type)) return undefined;
  return classes.get(type.getTypeName().getText());
}

function describeCandidate(parameter: ParameterDeclaration, sdk: SdkFacts): Candidate | undefined {
  const name = parameter.getNameNode();
  if (!Node.isIdentifier(name) || parameter.isRestParameter()) return undefined;
  const uses = name.findReferencesAsNodes().filter((r) => r !== name);
  if (uses.length === 0 || !uses.every((use) => isRemoveBackgroundCall(use, sdk))) return undefined;
  const fn = parameter.getParent();
  const index = parametersOf(fn).indexOf(parameter);
  const fnName = functionNameNode(fn);
  const holder = fnName?.getParent();
  if (!fnName || !holder) return undefined;
  const passes: Node[] = [];
  for (const ref of fnName.findReferencesAsNodes()) {
    if (ref === fnName) continue;
    const parent = ref.getParent();
    if (parent && (Node.isImportSpecifier(parent) || Node.isExportSpecifier(parent))) continue;
    const argument = callOf(ref)?.getArguments()[index];
    if (!argument) return undefined;
    passes.push(argument);
  }
  return passes.length > 0 ? { parameter, sdk, index, function: keyOf(holder), passes } : undefined;
}

/** A declaration's identity across the checker's and the language service's programs. */
function keyOf(declaration: Node): string {
  return `${declaration.getSourceFile().getFilePath()}:${declaration.getStart()}`;
}

/** The call whose callee is `ref` (`f(…)`, `obj.f(…)`, `this.f(…)`). */
function callOf(ref: Node): CallExpression | undefined {
  let callee: Node = ref;
  const parent = ref.getParent();
  if (parent && Node.isPropertyAccessExpression(parent) && parent.getNameNode() === ref) callee = parent;
  const call = callee.getParent();
  return call && Node.isCallExpression(call) && call.getExpression() === callee ? call : undefined;
}

function parametersOf(fn: Node): ParameterDeclaration[] {
  return Node.isParametered(fn) ? fn.getParameters() : [];
}

/** The name a function is called by: its own, or the variable holding it. */
function functionNameNode(fn: Node): Identifier | undefined {
  let name: Node | undefined;
  if (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn)) name = fn.getNameNode();
  if (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) {
    const holder = fn.getParent();
    if (holder && Node.isVariableDeclaration(holder)) name = holder.getNameNode();
  }
  return name && Node.isIdentifier(name) ? name : undefined;
}

/** `x.<Remove Background method>(…)` on this reference. */
function isRemoveBackgroundCall(use: Node, sdk: SdkFacts): boolean {
  const access = use.getParent();
  if (!access || !Node.isPropertyAccessExpression(access) || access.getExpression() !== use) return false;
  const call = access.getParent();
  if (!call || !Node.isCallExpression(call) || call.getExpression() !== access) return false;
  // The planner rewrites `(body)` and `(body, options)` calls without spread arguments.
  const args = call.getArguments();
  return (
    sdk.methods[access.getName()] !== undefined &&
    args.length >= 1 &&
    args.length <= 2 &&
    !args.some((a) => Node.isSpreadElement(a))
  );
}

/**
 * A local variable created with `new <client class>(…)` in its own file, not exported, whose every use is a
 * Remove Background call or a pass to a live candidate parameter (at that parameter's position).
 */
function isClosedClient(argument: Node, sdk: SdkFacts, live: readonly Candidate[]): boolean {
  if (!Node.isIdentifier(argument)) return false;
  const declaration = argument.getSymbol()?.getDeclarations()[0];
  if (!declaration || !Node.isVariableDeclaration(declaration)) return false;
  if (declaration.getVariableStatement()?.isExported()) return false;
  const init = declaration.getInitializer();
  const classes = clientClassNames(declaration.getSourceFile());
  if (!init || !Node.isNewExpression(init) || classes.get(init.getExpression().getText()) !== sdk)
    return false;
  const name = declaration.getNameNode();
  if (!Node.isIdentifier(name)) return false;
  return name
    .findReferencesAsNodes()
    .filter((r) => r !== name)
    .every((use) => {
      if (isRemoveBackgroundCall(use, sdk)) return true;
      const call = use.getParent();
      if (!call || !Node.isCallExpression(call)) return false;
      const index = call.getArguments().indexOf(use);
      const callee = call.getExpression();
      const target = (Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee).getSymbol();
      const declaration = (target?.isAlias() ? target.getAliasedSymbol() : target)?.getDeclarations()[0];
      const key = declaration && keyOf(declaration);
      return live.some((c) => c.function === key && c.index === index && c.sdk === sdk);
    });
}
