import { Node, type ParameterDeclaration, type PropertyDeclaration, type SourceFile } from 'ts-morph';
import { SDKS, type SdkFacts } from 'rb-migrate-runtime/mapping';
import type { SdkProjectContext, TypedReceivers } from './sdk-project-context.ts';
import { describeTypedReceiver, type TypedReceiver } from './describe-typed-receiver.ts';
import { judgeTypedWorld } from './judge-typed-world.ts';
import { readClientClassNames } from './read-client-class-names.ts';

type Typed = NonNullable<SdkProjectContext['typed']>;

/**
 * Type-aware receivers (ts-morph): a parameter, constructor parameter property or class field typed as an
 * SDK client class (`client: PhotoshopClient`, from `import type` too) is known only by its type, so one
 * file cannot migrate the calls made on it. With the whole project's references (the language service finds
 * every call of the function, `new` of the class and assignment of the field, across files) it can, when
 * the world is closed:
 * - every read of the receiver (`c`, `this.client`, `jobs.client`) is a Remove Background call on it, a
 *   `!` guard, a pass to another such receiver (`doCut(c)`, `new Masks(client)`) or a store into one
 *   (`jobs.client = client`);
 * - every value flowing into it (the arguments of every call of the function or `new` of the class, every
 *   assignment of the field, its initializer) is `new PhotoshopClient(…)`, a local variable created so in
 *   its file (not exported, every use of it allowed as above), or another such receiver (chains:
 *   `run(client)` → `cut(c)` → `doCut(x)`).
 * Then each receiver counts as a client in its file (the calls are migrated and the type becomes the
 * runtime client's), and each pass or store is a followed use in the file that makes it (the creation is
 * migrated). A receiver with one source of another origin, and every receiver it feeds, keeps the RB214
 * TODO. Offsets are those of the files' text as read (the same text the codemod parses).
 */
export function findTypedSdkReceivers(files: readonly SourceFile[]): Typed {
  const typed: Typed = {};
  const entryOf = (file: SourceFile): TypedReceivers =>
    (typed[file.getFilePath()] ??= { params: {}, fields: {}, passed: {}, types: [], unusedImports: [] });
  const candidates: TypedReceiver[] = [];
  for (const file of files) {
    if (!SDKS.some((s) => file.getFullText().includes(s.module))) continue;
    const classes = readClientClassNames(file);
    if (classes.size === 0) continue;
    file.forEachDescendant((node) => {
      if (!Node.isParameterDeclaration(node) && !Node.isPropertyDeclaration(node)) return;
      const sdk = sdkOfType(node, classes);
      const candidate = sdk && describeTypedReceiver(node, sdk);
      if (candidate) candidates.push(candidate);
    });
  }
  // Receivers feed each other: drop candidates until every source and read involves only live ones, and
  // every file receiving one can import the runtime (an SDK value import to replace, or type-only SDK
  // imports that only these receivers use).
  let live = candidates;
  for (let changed = true; changed;) {
    const world = judgeTypedWorld(live);
    let next = live.filter(
      (c) =>
        c.sources.length > 0 &&
        world.isCleanFile(c.declaration.getSourceFile(), c.sdk) &&
        c.sources.every((s) => world.isClosedSource(s, c.sdk)) &&
        c.reads.every((r) => world.isAllowedRead(r, c.sdk)),
    );
    next = next.filter((c) => isAnchored(c.declaration.getSourceFile(), next));
    changed = next.length !== live.length;
    live = next;
  }
  const world = judgeTypedWorld(live);
  for (const c of live) {
    const entry = entryOf(c.declaration.getSourceFile());
    if (c.field) entry.fields![c.name.getStart()] = c.sdk.name;
    if (Node.isParameterDeclaration(c.declaration)) entry.params[c.name.getStart()] = c.sdk.name;
    entry.types.push([c.type.getStart(), c.type.getEnd()]);
    // A value handed over here (an argument, the right side of a store): a followed use where it is made.
    for (const source of c.sources) {
      if (source === c.declaration.getInitializer()) continue;
      const value = world.unwrap(source);
      entryOf(value.getSourceFile()).passed[value.getStart()] = c.sdk.name;
    }
  }
  for (const [path, entry] of Object.entries(typed)) {
    const file = files.find((f) => f.getFilePath() === path);
    if (file && entry.types.length) entry.unusedImports.push(...unusedTypeImports(file, entry.types));
  }
  return typed;
}

function typeRangesOf(file: SourceFile, live: readonly TypedReceiver[]): [number, number][] {
  return live
    .filter((c) => c.declaration.getSourceFile() === file)
    .map((c) => [c.type.getStart(), c.type.getEnd()]);
}

/** The file has an SDK value import (the planner's anchor), or type-only SDK imports these types free. */
function isAnchored(file: SourceFile, live: readonly TypedReceiver[]): boolean {
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

function sdkOfType(
  declaration: ParameterDeclaration | PropertyDeclaration,
  classes: ReadonlyMap<string, SdkFacts>,
) {
  const type = declaration.getTypeNode();
  if (!type || !Node.isTypeReference(type)) return undefined;
  return classes.get(type.getTypeName().getText());
}
