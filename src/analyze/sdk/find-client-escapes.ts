import type { AnyPath } from '../ast/types.ts';
import type { ASTNode, Collection } from 'jscodeshift';
import type { SdkFacts } from 'rb-migrate-runtime/mapping';
import { findPaths } from '../ast/find-paths.ts';
import { isReference } from '../ast/is-reference.ts';
import { isTypedHandOver } from './is-typed-hand-over.ts';
import { classifySdkRef } from './classify-sdk-ref.ts';
import { describeClientEscape } from './describe-client-escape.ts';
import { describeFactoryEscape } from './describe-factory-escape.ts';
import { findExportedDeclaration } from './find-exported-declaration.ts';
import { readMemberSdk } from './read-member-sdk.ts';
import { readProducerSdk } from './read-producer-sdk.ts';
import { resolveBinding } from './resolve-binding.ts';
import type { TypedReceivers } from './sdk-project-context.ts';
import type { SdkBindings, UntracedUse } from './sdk-trace.ts';

/** What judging one use needs. */
interface Judge {
  bindings: SdkBindings;
  exportedOk: (name: string) => boolean;
  typed: TypedReceivers | undefined;
  untraced: UntracedUse[];
}

/**
 * Every place a client value appears must be one the planner understands: client creations and factory
 * calls, references to client and factory bindings, `this.<field>` clients, and exports (allowed only when
 * `exportedOk` says the project migrates every importer). The others are returned, with a reason each.
 */
export function findClientEscapes(
  root: Collection<ASTNode>,
  bindings: SdkBindings,
  exportedOk: (name: string) => boolean,
  typed?: TypedReceivers,
): UntracedUse[] {
  const judge: Judge = { bindings, exportedOk, typed, untraced: [] };
  judgeCreations(root, judge);
  judgeReferences(root, judge);
  judgeMembers(root, judge);
  judgeExportSpecifiers(root, judge);
  judgeExportedDeclarations(root, judge);
  return judge.untraced;
}

function judgeUse(judge: Judge, path: AnyPath, sdk: SdkFacts): void {
  const { typed } = judge;
  if (isTypedHandOver(path, sdk, typed)) return;
  if (typed?.params[path.node.start] === sdk.name) return; // the parameter's own declaration
  const reason = describeClientEscape(path, judge.bindings, judge.exportedOk);
  if (reason) judge.untraced.push({ path, sdk, reason });
}

/** `sdk.init(…)`, `new PhotoshopClient(…)` and calls of client factories. */
function judgeCreations(root: Collection<ASTNode>, judge: Judge): void {
  findPaths(root, 'Expression').forEach((path: AnyPath) => {
    const node = path.node;
    if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return;
    const sdk = readProducerSdk(judge.bindings, path);
    if (sdk) {
      judgeUse(judge, path, sdk);
      return;
    }
    if (node.type === 'CallExpression') {
      const ref = classifySdkRef(judge.bindings, path.get('callee'));
      if (ref?.kind === 'factory') judgeUse(judge, path, ref.sdk);
    }
  });
}

/** A client variable read anywhere; a factory named other than as a callee. */
function judgeReferences(root: Collection<ASTNode>, judge: Judge): void {
  findPaths(root, 'Identifier').forEach((path: AnyPath) => {
    if (!isReference(path)) return;
    const ref = classifySdkRef(judge.bindings, path);
    if (ref?.kind === 'client') judgeUse(judge, path, ref.sdk);
    else if (ref?.kind === 'factory' && !isCallee(path)) {
      const reason = describeFactoryEscape(path, judge.exportedOk);
      if (reason) judge.untraced.push({ path, sdk: ref.sdk, reason });
    }
  });
}

/** `this.client` reads (not the assignment defining it). */
function judgeMembers(root: Collection<ASTNode>, judge: Judge): void {
  findPaths(root, 'MemberExpression').forEach((path: AnyPath) => {
    const sdk = readMemberSdk(judge.bindings, path);
    if (!sdk) return;
    const parent = path.parent?.node;
    if (parent?.type === 'AssignmentExpression' && parent.left === path.node) return; // the definition
    judgeUse(judge, path, sdk);
  });
}

/** `export { client }`. */
function judgeExportSpecifiers(root: Collection<ASTNode>, judge: Judge): void {
  const { clients, factories } = judge.bindings;
  findPaths(root, 'ExportSpecifier').forEach((path: AnyPath) => {
    const local = path.node.local?.name;
    if (!local) return;
    const binding = resolveBinding(path, local);
    const sdk = clients.get(binding) ?? factories.get(binding);
    if (sdk && !judge.exportedOk(path.node.exported?.name ?? local))
      judge.untraced.push({ path, sdk, reason: `exported as ${path.node.exported?.name ?? local}` });
  });
}

/** `export const client = …`, `export function getClient()`, `export default function …`. */
function judgeExportedDeclarations(root: Collection<ASTNode>, judge: Judge): void {
  const { clients, factories } = judge.bindings;
  for (const [binding, sdk] of [...clients, ...factories]) {
    const exported = findExportedDeclaration(root, binding);
    if (exported && !judge.exportedOk(exported.name))
      judge.untraced.push({ path: exported.path, sdk, reason: `exported as ${exported.name}` });
  }
}

function isCallee(path: AnyPath): boolean {
  const parent = path.parent?.node;
  return (
    (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === path.node
  );
}
