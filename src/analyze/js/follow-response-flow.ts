import type { AnyNode } from '../ast/types.ts';
import type { AnyPath } from './codemod-context.ts';
import { describeTodo } from './plan/describe-todo.ts';
import { findBinding } from '../ast/find-binding.ts';
import { findEnclosingStatement } from '../ast/find-enclosing-statement.ts';
import { findReferences } from '../ast/find-references.ts';
import { getPropertyKey } from '../ast/get-property-key.ts';
import { readMemberChain } from '../ast/read-member-chain.ts';
import { RESPONSE_PATHS } from 'rb-migrate-runtime/translate';
import { planDestructuredLinks } from './plan/plan-destructured-links.ts';
import { skipWrappersUp } from '../ast/skip-wrappers-up.ts';
import type { FlowKind, ResponseFlow } from './response-flow.ts';

const FUNCTIONS = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration']);
const CALLS = new Set(['CallExpression', 'OptionalCallExpression']);
const MEMBERS = new Set(['MemberExpression', 'OptionalMemberExpression']);
/** Values deeper than this in one chain of flow are not followed. */
const MAX_DEPTH = 40;
const { statusLink, outputEcho } = RESPONSE_PATHS;

/**
 * One step of the flow at the value `p` (wrappers skipped) of the given kind: handles `p`'s use by its
 * parent and returns true, or returns false when that use is not this step's.
 */
type Step = (flow: ResponseFlow, p: AnyPath, kind: FlowKind, depth: number) => boolean;

/**
 * Follows the value at `path` to where it is used: `.then` callbacks, member reads (the status link is
 * rewritten, the V1 output echo gets an RB205 TODO), await and conditionals, variables and destructuring,
 * returns from local helpers (every call of the helper). Passing the job response to a function gets RB220.
 */
export function followResponseFlow(flow: ResponseFlow, path: AnyPath, kind: FlowKind, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const p = skipWrappersUp(path);
  if (kind === 'accepted') noteAssertions(flow, path, p);
  const key = `${kind}:${p.node.start}:${p.node.end}:${p.node.type}`;
  if (flow.visited.has(key)) return;
  flow.visited.add(key);
  if (kind === 'accepted' && CALLS.has(p.node.type)) noteTypes(flow, p);
  followThen(flow, p, kind, depth + 1);
  if (!p.parent) return;
  for (const step of STEPS) if (step(flow, p, kind, depth)) return;
}

/** `x._links.self.href` → `x.statusUrl`; `status.output.href` → RB205; any other member: its value. */
const followMemberRead: Step = (flow, p, kind, depth) => {
  const pn = p.parent.node;
  if (kind === 'statusUrl' || !MEMBERS.has(pn.type) || p.name !== 'object') return false;
  const link = kind === 'accepted' ? readMemberChain(p, statusLink.v1) : undefined;
  if (link) {
    let start = pn.object.end as number;
    while (/[\s)]/.test(flow.ctx.source[start] ?? '')) start++;
    flow.plan.edits.push({
      start,
      end: link.last.node.end,
      text: `${link.firstOptional ? '?.' : '.'}${statusLink.v2}`,
      kind: 'links',
    });
    flow.rewritten.add(link.last.node);
    followResponseFlow(flow, link.last, 'statusUrl', depth + 1);
    return true;
  }
  const echo = kind === 'status' ? readMemberChain(p, outputEcho) : undefined;
  if (echo) {
    flow.plan.todos.push({
      statementStart: findEnclosingStatement(echo.last).node.start,
      code: 'RB205',
      message: describeTodo('RB205'),
    });
    return true;
  }
  followResponseFlow(flow, p.parent, kind, depth + 1);
  return true;
};

/** `fetch(statusUrl)`: the status response. */
const followStatusFetch: Step = (flow, p, kind, depth) => {
  const pn = p.parent.node;
  if (kind !== 'statusUrl' || !CALLS.has(pn.type) || pn.arguments[0] !== p.node) return false;
  followResponseFlow(flow, p.parent, 'status', depth + 1);
  return true;
};

/** `fetch(new Request(url, init))`: the Request is not the response yet; fetch's result is. */
const followRequestSent: Step = (flow, p, kind, depth) => {
  const pn = p.parent.node;
  if (kind !== 'request' || !CALLS.has(pn.type) || !isFetch(pn.callee) || p.name !== 0) return false;
  followResponseFlow(flow, p.parent, 'accepted', depth + 1);
  return true;
};

/** The job response passed to a function rb-migrate does not follow: RB220 (printing it is fine). */
const notePassedOn: Step = (flow, p, kind) => {
  const parent = p.parent;
  const pn = parent.node;
  if (kind !== 'accepted' || !CALLS.has(pn.type) || typeof p.name !== 'number' || isHarmlessSink(pn.callee))
    return false;
  const callee = flow.ctx.source.slice(pn.callee.start, pn.callee.end);
  flow.plan.passedTo.push({ callee, statementStart: findEnclosingStatement(parent).node.start });
  flow.plan.todos.push({
    statementStart: findEnclosingStatement(parent).node.start,
    code: 'RB220',
    message: describeTodo('RB220', { sourceText: callee }),
  });
  return true;
};

/** `await x`, `x || y`, `c ? x : y` (not as the test), and `x(…)`: the value flows on. */
const followThrough: Step = (flow, p, kind, depth) => {
  const pn = p.parent.node;
  if (
    pn.type === 'AwaitExpression' ||
    pn.type === 'LogicalExpression' ||
    pn.type === 'ConditionalExpression'
  ) {
    if (p.name !== 'test') followResponseFlow(flow, p.parent, kind, depth + 1);
    return true;
  }
  if (CALLS.has(pn.type) && p.name === 'callee') {
    followResponseFlow(flow, p.parent, kind, depth + 1);
    return true;
  }
  return false;
};

/** `const job = x`, `const { data } = x`, `job = x`. */
const followBinding: Step = (flow, p, kind, depth) => {
  const parent = p.parent;
  const pn = parent.node;
  if (pn.type === 'VariableDeclarator' && p.name === 'init') {
    taintPattern(flow, parent.get('id'), kind, depth);
    return true;
  }
  if (pn.type === 'AssignmentExpression' && p.name === 'right' && pn.left.type === 'Identifier') {
    taintPattern(flow, parent.get('left'), kind, depth);
    return true;
  }
  return false;
};

/** `return x` or an arrow's body: the function's result. */
const followReturn: Step = (flow, p, kind, depth) => {
  const parent = p.parent;
  const pn = parent.node;
  if (pn.type !== 'ReturnStatement' && !(FUNCTIONS.has(pn.type) && p.name === 'body')) return false;
  const fn = FUNCTIONS.has(pn.type) ? parent : enclosingFunction(parent);
  if (fn) followFunctionResult(flow, fn, kind, depth);
  return true;
};

const STEPS: readonly Step[] = [
  followMemberRead,
  followStatusFetch,
  followRequestSent,
  notePassedOn,
  followThrough,
  followBinding,
  followReturn,
];

/** `.then(r => …)`: the callback's parameter carries the value, the `then` call carries its result. */
function followThen(flow: ResponseFlow, path: AnyPath, kind: FlowKind, depth: number): void {
  const p = skipWrappersUp(path);
  const member = p.parent;
  if (!member || !MEMBERS.has(member.node.type) || p.name !== 'object') return;
  const name = member.node.property?.name;
  const call = member.parent;
  if (name !== 'then' || !call || !CALLS.has(call.node.type)) return;
  const callback = call.node.arguments[0];
  if (callback && FUNCTIONS.has(callback.type) && callback.params[0])
    taintPattern(flow, call.get('arguments', 0, 'params', 0), kind, depth);
}

/** A variable (every reference of it) or an object pattern (its fields) that receives a value of the flow. */
function taintPattern(flow: ResponseFlow, id: AnyPath, kind: FlowKind, depth: number): void {
  const node = id.node;
  if (node.type === 'Identifier') {
    if (kind === 'accepted') noteTypes(flow, id);
    const binding = findBinding(id, node.name);
    if (!binding) return;
    for (const ref of findReferences(flow.ctx, binding, node.name))
      followResponseFlow(flow, ref, kind, depth + 1);
  } else if (node.type === 'ObjectPattern') {
    id.get('properties').each((prop: AnyPath) => {
      const value = prop.node.value;
      // `const { _links } = await r.json()`: the V1 status link taken out of the job response by name
      // becomes `statusUrl` when every read of it is known (planDestructuredLinks); otherwise a coded
      // TODO, never a silent V1 read.
      if (kind === 'accepted' && getPropertyKey(prop.node) === statusLink.v1[0]) {
        const links = planDestructuredLinks(flow.ctx, prop);
        if (links) {
          noteTypes(flow, id);
          flow.plan.edits.push(...links.edits);
          for (const read of links.statusReads) followResponseFlow(flow, read, 'statusUrl', depth + 1);
          return;
        }
        flow.plan.todos.push({
          statementStart: findEnclosingStatement(id).node.start,
          code: 'RB220',
          message: describeTodo('RB220', { sourceText: `the destructuring { ${statusLink.v1[0]} }` }),
        });
        return;
      }
      // `{ data }` / `{ data: job }`: the field of a response is the body (axios, got, superagent).
      if (value?.type === 'Identifier') taintPattern(flow, prop.get('value'), kind, depth + 1);
    });
  }
}

/** What a function returns: a `.then` callback's result is the then-call; a named local helper's, every call of it. */
function followFunctionResult(flow: ResponseFlow, fn: AnyPath, kind: FlowKind, depth: number): void {
  const parent = fn.parent;
  if (parent && CALLS.has(parent.node.type) && fn.name === 0 && MEMBERS.has(parent.node.callee.type)) {
    if (parent.node.callee.property?.name === 'then') followResponseFlow(flow, parent, kind, depth + 1);
    return;
  }
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
  for (const ref of findReferences(flow.ctx, binding, name)) {
    const up = skipWrappersUp(ref);
    if (up.name === 'callee' && CALLS.has(up.parent?.node.type))
      followResponseFlow(flow, up.parent, kind, depth + 1);
  }
}

/** Call type arguments and binding annotations on a value of the flow. */
function noteTypes(flow: ResponseFlow, path: AnyPath): void {
  const node = path.node;
  const args = node.typeParameters ?? node.typeArguments;
  if (args) flow.responseTypes.push({ type: args, at: path });
  if (node.typeAnnotation) flow.responseTypes.push({ type: node.typeAnnotation, at: path });
}

/** `(await r.json()) as { _links: … }`: the assertions between a value of the flow and its use. */
function noteAssertions(flow: ResponseFlow, from: AnyPath, to: AnyPath): void {
  for (let p = from; p !== to && p.parent; p = p.parent)
    if (p.parent.node.type !== 'ParenthesizedExpression' && p.parent.node.typeAnnotation)
      flow.responseTypes.push({ type: p.parent.node.typeAnnotation, at: p.parent });
}

function isFetch(callee: AnyNode): boolean {
  if (callee.type === 'Identifier') return callee.name === 'fetch';
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 'fetch';
}

/** Calls that only print or serialise a value: passing the job response to them is fine. */
function isHarmlessSink(callee: AnyNode): boolean {
  if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier')
    return ['console', 'JSON', 'logger', 'log'].includes(callee.object.name);
  return callee.type === 'Identifier' && ['String', 'Boolean', 'structuredClone'].includes(callee.name);
}

function enclosingFunction(path: AnyPath): AnyPath | undefined {
  let current: AnyPath | undefined = path.parent;
  while (current && !FUNCTIONS.has(current.node.type)) current = current.parent;
  return current;
}
