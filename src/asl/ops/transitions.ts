/** Reading and writing the transitions (edges) of one state. Every writer returns a new object. */
import type { Catcher, ChoiceRule, ChoiceState, FailState, State, SucceedState } from '../types';
import type { EdgeField } from './types';

/** Whether a state type ends its scope by itself (no Next, no End). */
export function isTerminalType(state: State): state is SucceedState | FailState {
  return state.Type === 'Succeed' || state.Type === 'Fail';
}

/** The states one state can go to: Next, Default, every top-level Choice rule's Next, every Catch Next. */
export function successors(state: State): string[] {
  const out: string[] = [];
  const push = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
  };
  if (state === null || typeof state !== 'object') return out;
  if (state.Type === 'Choice') {
    if (Array.isArray(state.Choices)) for (const rule of state.Choices) push(rule?.Next);
    push(state.Default);
  } else {
    push((state as { Next?: unknown }).Next);
  }
  const catchers = (state as { Catch?: unknown }).Catch;
  if (Array.isArray(catchers)) for (const c of catchers as Catcher[]) push(c?.Next);
  return out;
}

/**
 * The target of one edge: `{ target }` (undefined for a state's edge into End), or `undefined`
 * when the state has no such edge.
 */
export function edgeTarget(state: State, field: EdgeField): { target: string | undefined } | undefined {
  if (field === 'Next') {
    if (state.Type === 'Choice' || isTerminalType(state)) return undefined;
    if (typeof state.Next === 'string') return { target: state.Next };
    return state.End === true ? { target: undefined } : undefined;
  }
  if (field === 'Default') {
    return state.Type === 'Choice' && typeof state.Default === 'string' ? { target: state.Default } : undefined;
  }
  if ('choice' in field) {
    const rule = state.Type === 'Choice' && Array.isArray(state.Choices) ? state.Choices[field.choice] : undefined;
    return typeof rule?.Next === 'string' ? { target: rule.Next } : undefined;
  }
  const catcher = catchersOf(state)[field.catch];
  return typeof catcher?.Next === 'string' ? { target: catcher.Next } : undefined;
}

/** Points one existing edge at `target`. */
export function setEdgeTarget(state: State, field: EdgeField, target: string): State {
  if (field === 'Next') return withTransition(state, target);
  if (field === 'Default') return { ...(state as ChoiceState), Default: target };
  if ('choice' in field) {
    const choice = state as ChoiceState;
    const rules = choice.Choices.slice();
    rules[field.choice] = { ...rules[field.choice], Next: target };
    return { ...choice, Choices: rules };
  }
  const catchers = catchersOf(state).slice();
  catchers[field.catch] = { ...catchers[field.catch], Next: target };
  return { ...state, Catch: catchers } as State;
}

/** The catchers of a state (empty for types without Catch). */
export function catchersOf(state: State): Catcher[] {
  const c = (state as { Catch?: unknown }).Catch;
  return Array.isArray(c) ? (c as Catcher[]) : [];
}

/**
 * Sets how a Pass/Task/Wait/Parallel/Map state continues: `Next: target`, or `End: true` when
 * `target` is undefined. The new field takes the key position of the old one.
 */
export function withTransition(state: State, target: string | undefined): State {
  const entries: [string, unknown][] = [];
  let placed = false;
  const transition: [string, unknown] = target === undefined ? ['End', true] : ['Next', target];
  for (const [k, v] of Object.entries(state)) {
    if (k === 'Next' || k === 'End') {
      if (!placed) entries.push(transition);
      placed = true;
    } else {
      entries.push([k, v]);
    }
  }
  if (!placed) entries.push(transition);
  return Object.fromEntries(entries) as unknown as State;
}

/** A copy of an object without some keys (the same object when none is present). */
export function without<T extends object>(obj: T, keys: readonly string[]): T {
  if (!keys.some((k) => Object.prototype.hasOwnProperty.call(obj, k))) return obj;
  const out = { ...obj } as Record<string, unknown>;
  for (const k of keys) delete out[k];
  return out as unknown as T;
}

/** The top-level rules of a Choice (empty when malformed). */
export function rulesOf(state: ChoiceState): ChoiceRule[] {
  return Array.isArray(state.Choices) ? state.Choices : [];
}

/** Rewrites every target of a state through `fn` (the same object when no target changes). */
export function mapTargets(state: State, fn: (target: string) => string): State {
  let out = state;
  if (out.Type === 'Choice') {
    const rules = rulesOf(out);
    if (rules.some((r) => typeof r?.Next === 'string' && fn(r.Next) !== r.Next)) {
      out = { ...out, Choices: rules.map((r) => (typeof r?.Next === 'string' ? { ...r, Next: fn(r.Next) } : r)) };
    }
    if (typeof out.Default === 'string' && fn(out.Default) !== out.Default) out = { ...out, Default: fn(out.Default) };
  } else if (!isTerminalType(out) && typeof out.Next === 'string' && fn(out.Next) !== out.Next) {
    out = { ...out, Next: fn(out.Next) };
  }
  const catchers = catchersOf(out);
  if (catchers.some((c) => typeof c?.Next === 'string' && fn(c.Next) !== c.Next)) {
    out = { ...out, Catch: catchers.map((c) => (typeof c?.Next === 'string' ? { ...c, Next: fn(c.Next) } : c)) } as State;
  }
  return out;
}
