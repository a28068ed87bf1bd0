import { Node, SyntaxKind, type SourceFile } from 'ts-morph';
import type { SdkFacts } from 'rb-migrate-runtime/mapping';
import { keyOf, type TypedReceiver } from './describe-typed-receiver.ts';
import { readClientClassNames } from './read-client-class-names.ts';

/** What findTypedSdkReceivers asks of one round: given the receivers still live, is a source or read closed? */
export interface TypedWorld {
  /** `new PhotoshopClient(…)`, a local client variable whose every use is allowed, or a live receiver. */
  isClosedSource(source: Node, sdk: SdkFacts): boolean;
  /** A Remove Background call, a `!` guard, a pass to a live receiver or a store into one. */
  isAllowedRead(read: Node, sdk: SdkFacts): boolean;
  /**
   * Every `new PhotoshopClient(…)` of the file is closed (a closed variable's value, handed to a live
   * receiver, a live field's initializer): the file's planner migrates the SDK only when nothing of it
   * escapes, so a receiver or a creation in a file where something does would be half migrated.
   */
  isCleanFile(file: SourceFile, sdk: SdkFacts): boolean;
  /** The expression inside parentheses, `!` and type assertions. */
  unwrap(node: Node): Node;
}

/** The closed-world judgement over the receivers still live in this round. */
export function judgeTypedWorld(live: readonly TypedReceiver[]): TypedWorld {
  const byDeclaration = new Map(live.map((r) => [keyOf(r.declaration), r]));
  const byPosition = new Map(live.filter((r) => r.owner).map((r) => [`${r.owner}#${r.index}`, r]));
  const same = (r: TypedReceiver | undefined, sdk: SdkFacts) => r !== undefined && r.sdk === sdk;

  const isAllowedRead = (read: Node, sdk: SdkFacts): boolean => {
    const outer = climbWrappers(read);
    const parent = outer.getParent();
    if (!parent) return false;
    if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === outer)
      return isRemoveBackgroundCall(parent, sdk);
    if (Node.isPrefixUnaryExpression(parent))
      return parent.getOperatorToken() === SyntaxKind.ExclamationToken;
    if (Node.isCallExpression(parent) || Node.isNewExpression(parent)) {
      const index = (parent.getArguments() as Node[]).indexOf(outer);
      if (index === -1) return false;
      const callee = parent.getExpression();
      const target = declarationOf(Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee);
      return target !== undefined && same(byPosition.get(`${keyOf(target)}#${index}`), sdk);
    }
    if (Node.isBinaryExpression(parent) && parent.getRight() === outer) {
      if (parent.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) return false;
      const target = receiverDeclaration(parent.getLeft());
      const receiver = target && byDeclaration.get(keyOf(target));
      return receiver?.field === true && same(receiver, sdk);
    }
    return false;
  };

  const isClosedSource = (source: Node, sdk: SdkFacts): boolean => {
    const value = unwrapExpression(source);
    if (Node.isNewExpression(value))
      return (
        readClientClassNames(value.getSourceFile()).get(value.getExpression().getText()) === sdk &&
        isCleanFile(value.getSourceFile(), sdk)
      );
    const declaration = receiverDeclaration(value);
    if (!declaration) return false;
    if (same(byDeclaration.get(keyOf(declaration)), sdk)) return true;
    return (
      Node.isVariableDeclaration(declaration) &&
      isClosedVariable(declaration, sdk) &&
      isCleanFile(declaration.getSourceFile(), sdk)
    );
  };

  const clean = new Map<string, boolean>();
  const isCleanFile = (file: SourceFile, sdk: SdkFacts): boolean => {
    const key = `${file.getFilePath()}#${sdk.name}`;
    let verdict = clean.get(key);
    if (verdict === undefined) {
      const classes = readClientClassNames(file);
      verdict = file.getDescendantsOfKind(SyntaxKind.NewExpression).every((created) => {
        if (classes.get(created.getExpression().getText()) !== sdk) return true;
        const outer = climbWrappers(created);
        const parent = outer.getParent();
        if (parent && Node.isVariableDeclaration(parent) && parent.getInitializer() === outer)
          return isClosedVariable(parent, sdk);
        if (parent && Node.isPropertyDeclaration(parent) && parent.getInitializer() === outer)
          return same(byDeclaration.get(keyOf(parent)), sdk);
        return isAllowedRead(created, sdk);
      });
      clean.set(key, verdict);
    }
    return verdict;
  };

  /** `const client = new PhotoshopClient(…)` in its own file, not exported, every use allowed. */
  const isClosedVariable = (declaration: Node, sdk: SdkFacts): boolean => {
    if (!Node.isVariableDeclaration(declaration)) return false;
    if (declaration.getVariableStatement()?.isExported()) return false;
    const init = declaration.getInitializer();
    const name = declaration.getNameNode();
    if (!init || !Node.isIdentifier(name)) return false;
    const value = unwrapExpression(init);
    if (!Node.isNewExpression(value)) return false;
    if (readClientClassNames(value.getSourceFile()).get(value.getExpression().getText()) !== sdk)
      return false;
    return name
      .findReferencesAsNodes()
      .filter((r) => r !== name)
      .every((use) => isAllowedRead(use, sdk));
  };

  return { isClosedSource, isAllowedRead, isCleanFile, unwrap: unwrapExpression };
}

const WRAPPERS = [
  SyntaxKind.ParenthesizedExpression,
  SyntaxKind.NonNullExpression,
  SyntaxKind.AsExpression,
  SyntaxKind.SatisfiesExpression,
  SyntaxKind.TypeAssertionExpression,
];

function climbWrappers(node: Node): Node {
  let current = node;
  for (let parent = current.getParent(); parent && WRAPPERS.includes(parent.getKind());) {
    current = parent;
    parent = current.getParent();
  }
  return current;
}

function unwrapExpression(node: Node): Node {
  let current = node;
  while (WRAPPERS.includes(current.getKind())) {
    const inner = (current as Node & { getExpression?: () => Node }).getExpression?.();
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** The declaration an identifier or `obj.name` refers to (through import aliases). */
function receiverDeclaration(node: Node): Node | undefined {
  if (Node.isIdentifier(node)) return declarationOf(node);
  if (Node.isPropertyAccessExpression(node)) return declarationOf(node.getNameNode());
  return undefined;
}

function declarationOf(node: Node): Node | undefined {
  const symbol = node.getSymbol();
  return (symbol?.isAlias() ? symbol.getAliasedSymbol() : symbol)?.getDeclarations()[0];
}

/** `x.<Remove Background method>(body[, options])` on this access, without spread arguments. */
function isRemoveBackgroundCall(access: Node, sdk: SdkFacts): boolean {
  if (!Node.isPropertyAccessExpression(access)) return false;
  const call = access.getParent();
  if (!call || !Node.isCallExpression(call) || call.getExpression() !== access) return false;
  const args = call.getArguments();
  return (
    sdk.methods[access.getName()] !== undefined &&
    args.length >= 1 &&
    args.length <= 2 &&
    !args.some((a) => Node.isSpreadElement(a))
  );
}
