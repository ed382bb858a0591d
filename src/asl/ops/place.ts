/** Putting a (uniquely named) state at a resolved place and wiring it in. */
import type { MapState, ParallelState, State, StateMachine, StateMachineFragment } from '../types';
import { attachState } from './attach';
import { fail, value } from './result';
import { ownState, processorKey, scopeAt, stateEntries, updateScope, withState } from './scopes';
import { redirectRefs } from './rewire';
import type { Placement } from './resolveAt';
import { insertKey } from './statesObject';
import { queryLanguageAt } from './templates';
import { setEdgeTarget } from './transitions';
import type { Outcome } from './types';

/**
 * Inserts `state` as `name` at `placement`: the place's predecessors now lead to it and it leads
 * on to what they led to before (see `attachState`). Does not run the reachability guard.
 */
export function placeState(def: StateMachine, placement: Placement, name: string, state: State): Outcome<StateMachine> {
  const ql = queryLanguageAt(def, placement.scopePath, state);
  if (placement.kind === 'emptyBranch' || placement.kind === 'emptyProcessor' || placement.kind === 'emptyMachine') {
    const attached = attachState(name, state, undefined, new Set([name]), ql);
    if (!attached.ok) return attached;
    const single = { StartAt: name, States: Object.fromEntries([[name, attached.value]]) as Record<string, State> };
    if (placement.kind === 'emptyMachine') return value({ ...def, ...single });
    return value(updateScope(def, placement.ownerPath, (frag) => fillOwner(frag, placement, single)));
  }
  const frag = scopeAt(def, placement.scopePath);
  if (!frag) return fail('NOT_FOUND', 'That scope does not exist.');
  const names = new Set(stateEntries(frag).map(([n]) => n)).add(name);
  let next: StateMachineFragment;
  if (placement.kind === 'edge') {
    const attached = attachState(name, state, placement.target, names, ql);
    if (!attached.ok) return attached;
    const from = ownState(frag, placement.from) as State;
    const rewired = withState(frag, placement.from, setEdgeTarget(from, placement.field, name));
    next = { ...rewired, States: insertKey(rewired.States, name, attached.value, { after: placement.from }) };
  } else if (placement.kind === 'start') {
    const attached = attachState(name, state, placement.target, names, ql);
    if (!attached.ok) return attached;
    const at = placement.target !== undefined ? { before: placement.target } : 'end';
    next = { ...frag, StartAt: name, States: insertKey(frag.States, name, attached.value, at) };
  } else {
    const attached = attachState(name, state, placement.anchor, names, ql);
    if (!attached.ok) return attached;
    const rewired = redirectRefs(frag, placement.anchor, name);
    if (!rewired.ok) return rewired;
    next = { ...rewired.value, States: insertKey(rewired.value.States, name, attached.value, { before: placement.anchor }) };
  }
  return value(updateScope(def, placement.scopePath, () => next));
}

/** Puts a one-state scope into an empty (or new) Parallel branch or Map processor. */
function fillOwner(
  frag: StateMachineFragment,
  placement: Extract<Placement, { kind: 'emptyBranch' | 'emptyProcessor' }>,
  single: StateMachineFragment,
): StateMachineFragment {
  if (placement.kind === 'emptyBranch') {
    const parallel = ownState(frag, placement.parallel) as ParallelState;
    const branches = Array.isArray(parallel.Branches) ? parallel.Branches.slice() : [];
    branches[placement.branch] = { ...branches[placement.branch], ...single };
    return withState(frag, placement.parallel, { ...parallel, Branches: branches });
  }
  const map = ownState(frag, placement.map) as MapState;
  const key = processorKey(map);
  const processor = map[key] ?? { ProcessorConfig: { Mode: 'INLINE' } };
  return withState(frag, placement.map, { ...map, [key]: { ...processor, ...single } });
}
