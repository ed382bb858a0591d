/**
 * StartAt, Next, Default, Choice and Catch targets; reachability; terminal states; Next/End.
 * Each scope (machine, branch, ItemProcessor) is its own namespace for transitions: AWS does not
 * let a branch jump out of its branch.
 */
import { childPointer } from '../../pointer';
import type { JsonObject } from '../../types';
import { get, getArray, has, hasPlaceholder, isObject } from '../json';
import type { ScopeInfo, StateInfo } from '../model';
import type { RuleContext } from './context';

interface Edge {
  target: string;
  /** Where the target is written, relative to the state (pointers are built only when reported). */
  at: readonly (string | number)[];
  label: string;
}

const NEEDS_TRANSITION = new Set(['Task', 'Pass', 'Wait', 'Parallel', 'Map']);

/** The transitions a state declares (only well-typed ones: the schema reports the rest). */
export function edgesOf(state: StateInfo): Edge[] {
  const obj = state.obj;
  if (!obj) return [];
  const edges: Edge[] = [];
  const add = (target: unknown, at: readonly (string | number)[], label: string) => {
    if (typeof target === 'string' && !hasPlaceholder(target)) edges.push({ target, at, label });
  };
  if (state.type === 'Choice') {
    (getArray(obj, 'Choices') ?? []).forEach((rule, i) => {
      if (isObject(rule)) add(get(rule, 'Next'), ['Choices', i, 'Next'], 'Next');
    });
    add(get(obj, 'Default'), ['Default'], 'Default');
  } else {
    add(get(obj, 'Next'), ['Next'], 'Next');
  }
  (getArray(obj, 'Catch') ?? []).forEach((catcher, i) => {
    if (isObject(catcher)) add(get(catcher, 'Next'), ['Catch', i, 'Next'], 'Catch Next');
  });
  return edges;
}

function hasPlaceholderTarget(state: StateInfo): boolean {
  const obj = state.obj;
  if (!obj) return false;
  const rules = [...(getArray(obj, 'Choices') ?? []), ...(getArray(obj, 'Catch') ?? [])];
  return hasPlaceholder(get(obj, 'Next')) || hasPlaceholder(get(obj, 'Default')) || rules.some((r) => isObject(r) && hasPlaceholder(get(r, 'Next')));
}

function isTerminal(state: StateInfo): boolean {
  if (state.type === 'Succeed' || state.type === 'Fail') return true;
  // A mistyped End ("yes", null) is reported by the schema; it still says the author meant to end here.
  const end = state.obj ? get(state.obj, 'End') : undefined;
  return end !== undefined && end !== false;
}

/** Transition rules for every scope, plus Next/End on every state. */
export function checkTransitions(ctx: RuleContext): void {
  const owners = new Map<string, ScopeInfo>();
  for (const state of ctx.model.states) if (!owners.has(state.name)) owners.set(state.name, state.scope);
  for (const scope of ctx.model.scopes) checkScope(ctx, scope, owners);
  for (const state of ctx.model.states) checkNextAndEnd(ctx, state);
}

function checkScope(ctx: RuleContext, scope: ScopeInfo, owners: Map<string, ScopeInfo>): void {
  const { reporter } = ctx;
  const names = new Set(scope.states.map((s) => s.name));
  const startAt = get(scope.fragment, 'StartAt');
  const where = scope.kind === 'machine' ? 'the state machine' : `this ${scope.kind === 'branch' ? 'branch' : scope.kind}`;
  let startKnown = false;
  if (!has(scope.fragment, 'StartAt')) {
    reporter.report('MISSING_START_AT', scope.pointer, `Missing 'StartAt': ${where} needs the name of its first state`);
  } else if (typeof startAt === 'string') {
    startKnown = names.has(startAt) || hasPlaceholder(startAt);
    if (!startKnown) {
      reporter.report('UNKNOWN_START_AT', childPointer(scope.pointer, 'StartAt'), `StartAt '${startAt}' is not a state of ${where}${elsewhere(startAt, scope, owners)}`);
    }
  }
  for (const state of scope.states) {
    for (const edge of edgesOf(state)) {
      if (!names.has(edge.target)) {
        reporter.report('UNKNOWN_NEXT', childPointer(state.pointer, ...edge.at), `${edge.label} '${edge.target}' is not a state of ${where}${elsewhere(edge.target, scope, owners)}`);
      }
    }
  }
  if (!scope.statesObject || scope.states.length === 0) return;
  const hasTerminal = scope.states.some(isTerminal);
  if (!hasTerminal) {
    // AWS rejects a state machine with no terminal state (MISSING_END_STATE) but accepts a branch
    // or ItemProcessor without one, which can then never finish: a warning there.
    const pointer = childPointer(scope.pointer, 'States');
    if (scope.kind === 'machine') reporter.report('NO_TERMINAL_STATE', pointer, 'The state machine has no terminal state: no state has "End": true and there is no Succeed or Fail state');
    else reporter.report('NO_TERMINAL_STATE', pointer, `No state of ${where} can end it: add "End": true, a Succeed or a Fail state`, { severity: 'warning' });
  }
  // AWS reports unreachable states unless the machine has no terminal state; when StartAt itself
  // is wrong every state would be unreachable, which only hides the one real mistake. A ${Name}
  // transition is resolved at deploy time, so reachability cannot be judged before then.
  const substituted = hasPlaceholder(startAt) || scope.states.some(hasPlaceholderTarget);
  if (startKnown && typeof startAt === 'string' && !substituted && (hasTerminal || scope.kind !== 'machine')) reportUnreachable(ctx, scope, startAt);
}

function reportUnreachable(ctx: RuleContext, scope: ScopeInfo, startAt: string): void {
  const byName = new Map(scope.states.map((s) => [s.name, s]));
  const seen = new Set<string>([startAt]);
  const queue = [startAt];
  while (queue.length > 0) {
    const state = byName.get(queue.pop() as string);
    if (!state) continue;
    for (const edge of edgesOf(state)) {
      if (!seen.has(edge.target)) {
        seen.add(edge.target);
        queue.push(edge.target);
      }
    }
  }
  for (const state of scope.states) {
    if (!seen.has(state.name)) {
      ctx.reporter.report('UNREACHABLE_STATE', state.pointer, `State '${state.name}' is not reachable: no StartAt, Next, Default or Catch leads to it`, { key: true });
    }
  }
}

function elsewhere(name: string, scope: ScopeInfo, owners: Map<string, ScopeInfo>): string {
  const owner = owners.get(name);
  if (!owner || owner === scope) return '';
  return ' (it is defined in another scope: states can only transition within their own branch or ItemProcessor)';
}

function checkNextAndEnd(ctx: RuleContext, state: StateInfo): void {
  const obj: JsonObject | undefined = state.obj;
  if (!obj || !state.type || !NEEDS_TRANSITION.has(state.type)) return;
  const next = get(obj, 'Next');
  const end = get(obj, 'End');
  const ends = end !== undefined && end !== false;
  if (next !== undefined && end === true) {
    ctx.reporter.report('NEXT_AND_END', childPointer(state.pointer, 'End'), `State '${state.name}' has both 'Next' and "End": true; keep one`);
  } else if (next === undefined && !ends) {
    ctx.reporter.report('MISSING_NEXT_OR_END', state.pointer, `${state.type} state '${state.name}' needs 'Next' or "End": true`, { key: true });
  }
}
