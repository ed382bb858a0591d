/**
 * Scopes are the state machine, each Parallel branch and each Map processor. These helpers find a
 * scope by its path and rebuild only the objects on the way to it, so everything else in the
 * definition keeps its identity.
 */
import type { MapState, ParallelState, State, StateMachine, StateMachineFragment } from '../types';
import type { ScopeStep } from './types';

/** `ItemProcessor`, or the legacy `Iterator` when that is what the Map uses. */
export function processorKey(map: MapState): 'ItemProcessor' | 'Iterator' {
  return map.ItemProcessor === undefined && map.Iterator !== undefined ? 'Iterator' : 'ItemProcessor';
}

/** The name of the state that holds a nested scope. */
export function stepOwner(step: ScopeStep): string {
  return 'parallel' in step ? step.parallel : step.map;
}

/** The fragment a step leads to from its parent fragment, if it exists. */
export function stepInto(parent: StateMachineFragment, step: ScopeStep): StateMachineFragment | undefined {
  const owner: State | undefined = ownState(parent, stepOwner(step));
  if (owner === undefined) return undefined;
  if ('parallel' in step) {
    return owner.Type === 'Parallel' && Array.isArray(owner.Branches) ? owner.Branches[step.branch] : undefined;
  }
  return owner.Type === 'Map' ? owner[processorKey(owner)] : undefined;
}

/** The fragment at a scope path (`[]` is the machine itself). */
export function scopeAt(def: StateMachine, path: readonly ScopeStep[]): StateMachineFragment | undefined {
  let frag: StateMachineFragment | undefined = def;
  for (const step of path) {
    if (frag === undefined) return undefined;
    frag = stepInto(frag, step);
  }
  return frag;
}

/** A state of a fragment by name, ignoring inherited object keys. */
export function ownState(frag: StateMachineFragment, name: string): State | undefined {
  const states = frag.States;
  if (states === null || typeof states !== 'object') return undefined;
  return Object.prototype.hasOwnProperty.call(states, name) ? states[name] : undefined;
}

/** The states of a fragment as entries, tolerating a missing or malformed `States`. */
export function stateEntries(frag: StateMachineFragment): [string, State][] {
  const states = frag.States;
  return states !== null && typeof states === 'object' && !Array.isArray(states) ? Object.entries(states) : [];
}

/** The nested scopes directly inside one state, with the step that leads into each. */
export function childScopes(name: string, state: State): { step: ScopeStep; frag: StateMachineFragment }[] {
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
    return state.Branches.filter(isFragment).map((frag, branch) => ({ step: { parallel: name, branch }, frag }));
  }
  if (state.Type === 'Map') {
    const frag = state[processorKey(state)];
    return isFragment(frag) ? [{ step: { map: name }, frag }] : [];
  }
  return [];
}

function isFragment(v: unknown): v is StateMachineFragment {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Calls `visit` for every scope, outermost first. */
export function forEachScope(
  def: StateMachine,
  visit: (frag: StateMachineFragment, path: ScopeStep[]) => void,
): void {
  const walk = (frag: StateMachineFragment, path: ScopeStep[]): void => {
    visit(frag, path);
    for (const [name, state] of stateEntries(frag)) {
      if (state === null || typeof state !== 'object') continue;
      for (const child of childScopes(name, state)) walk(child.frag, [...path, child.step]);
    }
  };
  walk(def, []);
}

/**
 * Replaces the fragment at `path` with `update(fragment)`, copying only the objects on the way.
 * Returns the input unchanged when `update` returns its argument.
 */
export function updateScope<F extends StateMachineFragment>(
  root: F,
  path: readonly ScopeStep[],
  update: (frag: StateMachineFragment) => StateMachineFragment,
): F {
  if (path.length === 0) return update(root) as F;
  const [step, ...rest] = path;
  const name = stepOwner(step);
  const owner = ownState(root, name);
  if (owner === undefined) return root;
  let replaced: State;
  if ('parallel' in step) {
    const parallel = owner as ParallelState;
    const branch = Array.isArray(parallel.Branches) ? parallel.Branches[step.branch] : undefined;
    if (branch === undefined) return root;
    const next = updateScope(branch, rest, update);
    if (next === branch) return root;
    const branches = parallel.Branches.slice();
    branches[step.branch] = next;
    replaced = { ...parallel, Branches: branches };
  } else {
    const map = owner as MapState;
    const key = processorKey(map);
    const processor = map[key];
    if (processor === undefined) return root;
    const next = updateScope(processor, rest, update);
    if (next === processor) return root;
    replaced = { ...map, [key]: next };
  }
  return { ...root, States: { ...root.States, [name]: replaced } };
}

/** Replaces one state of a fragment (same key position). */
export function withState(frag: StateMachineFragment, name: string, state: State): StateMachineFragment {
  if (frag.States[name] === state) return frag;
  return { ...frag, States: { ...frag.States, [name]: state } };
}

/** Whether `inner` is `outer` or lies inside it. */
export function pathStartsWith(inner: readonly ScopeStep[], outer: readonly ScopeStep[]): boolean {
  return outer.length <= inner.length && outer.every((s, i) => sameStep(s, inner[i]));
}

/** Whether two steps name the same scope. */
export function sameStep(a: ScopeStep, b: ScopeStep): boolean {
  if ('parallel' in a) return 'parallel' in b && a.parallel === b.parallel && a.branch === b.branch;
  return 'map' in b && a.map === b.map;
}

/** Whether two paths name the same scope. */
export function samePath(a: readonly ScopeStep[], b: readonly ScopeStep[]): boolean {
  return a.length === b.length && pathStartsWith(a, b);
}
