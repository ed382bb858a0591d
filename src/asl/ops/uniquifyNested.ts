/** Renaming the states nested in a Parallel or Map so a copy or a template does not clash. */
import type { MapState, ParallelState, State, StateMachineFragment } from '../types';
import { uniqueNameAmong } from './names';
import { processorKey, stateEntries } from './scopes';
import { mapTargets } from './transitions';

/**
 * Gives every state nested in `state` a name not in `taken` (which grows with each name used):
 * free names are kept, taken ones become `baseFor(old)` made unique. References inside each
 * renamed scope follow. Returns `state` itself when nothing had to change.
 */
export function uniquifyNested(state: State, taken: Set<string>, baseFor: (old: string) => string): State {
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
    const branches = state.Branches.map((b) => uniquifyFragment(b, taken, baseFor));
    return branches.every((b, i) => b === state.Branches[i]) ? state : ({ ...state, Branches: branches } as ParallelState);
  }
  if (state.Type === 'Map') {
    const key = processorKey(state);
    const processor = state[key];
    if (processor === undefined || processor === null || typeof processor !== 'object') return state;
    const next = uniquifyFragment(processor, taken, baseFor);
    return next === processor ? state : ({ ...state, [key]: next } as MapState);
  }
  return state;
}

function uniquifyFragment<F extends StateMachineFragment>(frag: F, taken: Set<string>, baseFor: (old: string) => string): F {
  if (frag === null || typeof frag !== 'object') return frag;
  const entries = stateEntries(frag);
  const clashing = entries.filter(([n]) => taken.has(n)).map(([n]) => n);
  // Free names are kept: claim them first so the renamed ones cannot land on them.
  for (const [n] of entries) taken.add(n);
  const renames = new Map<string, string>();
  for (const n of clashing) {
    const renamed = uniqueNameAmong(taken, baseFor(n));
    taken.add(renamed);
    renames.set(n, renamed);
  }
  let changed = renames.size > 0;
  const states = entries.map(([name, st]): [string, State] => {
    if (st === null || typeof st !== 'object') return [renames.get(name) ?? name, st];
    let next = renames.size > 0 ? mapTargets(st, (t) => renames.get(t) ?? t) : st;
    next = uniquifyNested(next, taken, baseFor);
    if (next !== st) changed = true;
    return [renames.get(name) ?? name, next];
  });
  if (!changed) return frag;
  return { ...frag, StartAt: renames.get(frag.StartAt) ?? frag.StartAt, States: Object.fromEntries(states) };
}
