import type { AnyPath, CodemodContext, Plan } from './codemod-context.ts';
import { describeTodo } from './plan/describe-todo.ts';
import { findBinding } from '../ast/find-binding.ts';
import { findEnclosingStatement } from '../ast/find-enclosing-statement.ts';
import { findReferences } from '../ast/find-references.ts';
import { findV1TypeAnnotations } from './find-v1-type-annotations.ts';
import { getPropertyKey } from '../ast/get-property-key.ts';
import { readMemberChain } from '../ast/read-member-chain.ts';
import { RESPONSE_PATHS } from 'rb-migrate-runtime/translate';
import { planDestructuredLinks } from './plan/plan-destructured-links.ts';
import { skipWrappersUp } from '../ast/skip-wrappers-up.ts';
import { findPaths } from '../ast/find-paths.ts';

/** accepted: the POST response or its body; request: a `new Request(…)` not sent yet; statusUrl/status: polling. */
type Kind = 'accepted' | 'request' | 'statusUrl' | 'status';
const FUNCTIONS = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration']);
const CALLS = new Set(['CallExpression', 'OptionalCallExpression']);
const MEMBERS = new Set(['MemberExpression', 'OptionalMemberExpression']);

/**
 * Follows what a rewritten V1 POST returns (through await, `.json()`, `.then(cb)`, `.data`/`.body`,
 * variables and destructuring, local helpers that return it) and rewrites `x._links.self.href` (any
 * spelling) to `x.statusUrl` where `x` flows from it. Status bodies fetched from that URL that read the
 * V1 echoed `output.href` get a TODO. Status-link reads that do not flow from a rewritten call (generic
 * pollers of other Photoshop APIs) are left as they are and reported.
 */
export function traceResponseFlow(
  ctx: CodemodContext,
  calls: readonly AnyPath[],
  fileHasV1: boolean,
): Plan & { passedTo: { callee: string; statementStart: number }[] } {
  const plan: Plan & { passedTo: { callee: string; statementStart: number }[] } = {
    edits: [],
    todos: [],
    passedTo: [],
  };
  const visited = new Set<string>();
  const rewritten = new Set<any>();
  const { statusLink, outputEcho } = RESPONSE_PATHS;
  /** Types the code gives to values of the flow (call type arguments, annotations of bindings). */
  const responseTypes: { type: any; at: AnyPath }[] = [];
  const noteTypes = (path: AnyPath) => {
    const node = path.node;
    const args = node.typeParameters ?? node.typeArguments;
    if (args) responseTypes.push({ type: args, at: path });
    if (node.typeAnnotation) responseTypes.push({ type: node.typeAnnotation, at: path });
  };

  /** `(await r.json()) as { _links: … }`: the assertions between a value of the flow and its use. */
  const noteAssertions = (from: AnyPath, to: AnyPath) => {
    for (let p = from; p !== to && p.parent; p = p.parent)
      if (p.parent.node.type !== 'ParenthesizedExpression' && p.parent.node.typeAnnotation)
        responseTypes.push({ type: p.parent.node.typeAnnotation, at: p.parent });
  };

  const mark = (path: AnyPath, kind: Kind, depth = 0): void => {
    if (depth > 40) return;
    const p = skipWrappersUp(path);
    if (kind === 'accepted') noteAssertions(path, p);
    const key = `${kind}:${p.node.start}:${p.node.end}:${p.node.type}`;
    if (visited.has(key)) return;
    visited.add(key);
    if (kind === 'accepted' && CALLS.has(p.node.type)) noteTypes(p);
    markThen(p, kind, depth + 1);
    const parent = p.parent;
    if (!parent) return;
    const pn = parent.node;

    if (kind !== 'statusUrl' && MEMBERS.has(pn.type) && p.name === 'object') {
      const link = kind === 'accepted' ? readMemberChain(p, statusLink.v1) : undefined;
      if (link) {
        const first = p.parent.node;
        let start = first.object.end as number;
        while (/[\s)]/.test(ctx.source[start] ?? '')) start++;
        plan.edits.push({
          start,
          end: link.last.node.end,
          text: `${link.firstOptional ? '?.' : '.'}${statusLink.v2}`,
          kind: 'links',
        });
        rewritten.add(link.last.node);
        mark(link.last, 'statusUrl', depth + 1);
        return;
      }
      const echo = kind === 'status' ? readMemberChain(p, outputEcho) : undefined;
      if (echo) {
        plan.todos.push({
          statementStart: findEnclosingStatement(echo.last).node.start,
          code: 'RB205',
          message: describeTodo('RB205'),
        });
        return;
      }
      mark(parent, kind, depth + 1);
      return;
    }
    if (kind === 'statusUrl') {
      if (CALLS.has(pn.type) && pn.arguments[0] === p.node) {
        mark(parent, 'status', depth + 1);
        return;
      }
    }
    // `fetch(new Request(url, init))`: the Request is not the response yet; fetch's result is.
    if (kind === 'request' && CALLS.has(pn.type) && isFetch(pn.callee) && p.name === 0) {
      mark(parent, 'accepted', depth + 1);
      return;
    }
    if (
      kind === 'accepted' &&
      CALLS.has(pn.type) &&
      typeof p.name === 'number' &&
      !isHarmlessSink(pn.callee)
    ) {
      const callee = ctx.source.slice(pn.callee.start, pn.callee.end);
      plan.passedTo.push({ callee, statementStart: findEnclosingStatement(parent).node.start });
      plan.todos.push({
        statementStart: findEnclosingStatement(parent).node.start,
        code: 'RB220',
        message: describeTodo('RB220', { sourceText: callee }),
      });
      return;
    }
    if (
      pn.type === 'AwaitExpression' ||
      pn.type === 'LogicalExpression' ||
      pn.type === 'ConditionalExpression'
    ) {
      if (p.name !== 'test') mark(parent, kind, depth + 1);
      return;
    }
    if (CALLS.has(pn.type) && p.name === 'callee') {
      mark(parent, kind, depth + 1);
      return;
    }
    if (pn.type === 'VariableDeclarator' && p.name === 'init') {
      taintPattern(parent.get('id'), kind, depth);
      return;
    }
    if (pn.type === 'AssignmentExpression' && p.name === 'right' && pn.left.type === 'Identifier') {
      taintPattern(parent.get('left'), kind, depth);
      return;
    }
    if (pn.type === 'ReturnStatement' || (FUNCTIONS.has(pn.type) && p.name === 'body')) {
      const fn = FUNCTIONS.has(pn.type) ? parent : enclosingFunction(parent);
      if (fn) markFunctionResult(fn, kind, depth);
    }
  };

  /** `.then(r => …)`: the callback's parameter carries the value, the `then` call carries its result. */
  const markThen = (path: AnyPath, kind: Kind, depth: number): void => {
    const p = skipWrappersUp(path);
    const member = p.parent;
    if (!member || !MEMBERS.has(member.node.type) || p.name !== 'object') return;
    const name = member.node.property?.name;
    const call = member.parent;
    if (name !== 'then' || !call || !CALLS.has(call.node.type)) return;
    const callback = call.node.arguments[0];
    if (callback && FUNCTIONS.has(callback.type) && callback.params[0])
      taintPattern(call.get('arguments', 0, 'params', 0), kind, depth);
  };

  const taintPattern = (id: AnyPath, kind: Kind, depth: number): void => {
    const node = id.node;
    if (node.type === 'Identifier') {
      if (kind === 'accepted') noteTypes(id);
      const binding = findBinding(id, node.name);
      if (!binding) return;
      for (const ref of findReferences(ctx, binding, node.name)) mark(ref, kind, depth + 1);
    } else if (node.type === 'ObjectPattern') {
      id.get('properties').each((prop: AnyPath) => {
        const value = prop.node.value;
        // `const { _links } = await r.json()`: the V1 status link taken out of the job response by name
        // becomes `statusUrl` when every read of it is known (planDestructuredLinks); otherwise a coded
        // TODO, never a silent V1 read.
        if (kind === 'accepted' && getPropertyKey(prop.node) === statusLink.v1[0]) {
          const links = planDestructuredLinks(ctx, prop);
          if (links) {
            noteTypes(id);
            plan.edits.push(...links.edits);
            for (const read of links.statusReads) mark(read, 'statusUrl', depth + 1);
            return;
          }
          plan.todos.push({
            statementStart: findEnclosingStatement(id).node.start,
            code: 'RB220',
            message: describeTodo('RB220', { sourceText: `the destructuring { ${statusLink.v1[0]} }` }),
          });
          return;
        }
        // `{ data }` / `{ data: job }`: the field of a response is the body (axios, got, superagent).
        if (value?.type === 'Identifier') taintPattern(prop.get('value'), kind, depth + 1);
      });
    }
  };

  const markFunctionResult = (fn: AnyPath, kind: Kind, depth: number): void => {
    const parent = fn.parent;
    // callback of `.then(…)`: the result of the then-call.
    if (parent && CALLS.has(parent.node.type) && fn.name === 0 && MEMBERS.has(parent.node.callee.type)) {
      if (parent.node.callee.property?.name === 'then') mark(parent, kind, depth + 1);
      return;
    }
    // a named local helper: every call of it.
    let name: string | undefined;
    let from: AnyPath | undefined;
    if (fn.node.type === 'FunctionDeclaration' && fn.node.id) {
      name = fn.node.id.name;
      from = fn.get('id');
    } else if (parent?.node.type === 'VariableDeclarator' && parent.node.id.type === 'Identifier') {
      name = parent.node.id.name;
      from = parent.get('id');
    }
    if (!name || !from) return;
    const binding = findBinding(from, name);
    if (!binding) return;
    for (const ref of findReferences(ctx, binding, name)) {
      const up = skipWrappersUp(ref);
      if (up.name === 'callee' && CALLS.has(up.parent?.node.type)) mark(up.parent, kind, depth + 1);
    }
  };

  for (const call of calls) {
    const isRequest = call.node.type === 'NewExpression' && call.node.callee.name === 'Request';
    mark(call, isRequest ? 'request' : 'accepted', 0);
  }

  if (plan.edits.length) {
    const types = findV1TypeAnnotations(ctx, { responseTypes });
    plan.edits.push(...types.edits);
    plan.todos.push(...types.todos);
  }

  if (fileHasV1 && calls.length) {
    findPaths(ctx.root, 'Identifier').forEach((idPath: AnyPath) => {
      if (
        idPath.node.name !== statusLink.v1[0] &&
        idPath.node.name !== statusLink.v1[statusLink.v1.length - 1]
      )
        return;
      const member = idPath.parent;
      if (!member || !MEMBERS.has(member.node.type) || idPath.name !== 'property') return;
      if (idPath.node.name !== statusLink.v1[0]) return;
      const chain = readMemberChain(member.get('object'), statusLink.v1);
      if (!chain || rewritten.has(chain.last.node)) return;
      plan.todos.push({
        statementStart: findEnclosingStatement(chain.last).node.start,
        code: 'RB204',
        message: describeTodo('RB204'),
      });
    });
  }
  return plan;
}

function isFetch(callee: any): boolean {
  if (callee.type === 'Identifier') return callee.name === 'fetch';
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 'fetch';
}

/** Calls that only print or serialise a value: passing the job response to them is fine. */
function isHarmlessSink(callee: any): boolean {
  if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier')
    return ['console', 'JSON', 'logger', 'log'].includes(callee.object.name);
  return callee.type === 'Identifier' && ['String', 'Boolean', 'structuredClone'].includes(callee.name);
}

function enclosingFunction(path: AnyPath): AnyPath | undefined {
  let current: AnyPath | undefined = path.parent;
  while (current && !FUNCTIONS.has(current.node.type)) current = current.parent;
  return current;
}
