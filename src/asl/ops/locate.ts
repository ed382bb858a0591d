/** Finding states by name: names are unique machine-wide in ASL, nested scopes included. */
import { toPointer } from '../pointer';
import type { MapState, StateMachine, StateMachineFragment } from '../types';
import { childScopes, processorKey, stateEntries } from './scopes';
import type { ScopeStep, StateLocation } from './types';

const indexCache = new WeakMap<StateMachine, Map<string, StateLocation>>();

/**
 * Every state of the machine by name, nested scopes included (the first one wins if a broken
 * definition repeats a name). Cached per definition object, which is safe because ops never mutate.
 */
export function indexStates(def: StateMachine): Map<string, StateLocation> {
  const cached = indexCache.get(def);
  if (cached) return cached;
  const index = new Map<string, StateLocation>();
  const walk = (frag: StateMachineFragment, scopePath: ScopeStep[], base: (string | number)[]): void => {
    for (const [name, state] of stateEntries(frag)) {
      if (state === null || typeof state !== 'object') continue;
      const at = [...base, 'States', name];
      if (!index.has(name)) index.set(name, { pointer: toPointer(at), scopePath, state });
      for (const { step, frag: child } of childScopes(name, state)) {
        const into = 'parallel' in step ? ['Branches', step.branch] : [processorKey(state as MapState)];
        walk(child, [...scopePath, step], [...at, ...into]);
      }
    }
  };
  walk(def, [], []);
  indexCache.set(def, index);
  return index;
}

/**
 * Where a state is: its JSON pointer, the scopes that hold it and the state object.
 * @example
 * locateState(def, 'Inner')
 * // { pointer: '/States/P/Branches/0/States/Inner', scopePath: [{ parallel: 'P', branch: 0 }], state: {...} }
 */
export function locateState(def: StateMachine, name: string): StateLocation | undefined {
  return indexStates(def).get(name);
}

/**
 * Every state name of the machine, nested scopes included, outer scopes first.
 * @example allStateNames({ StartAt: 'A', States: { A: { Type: 'Succeed' } } }) // ['A']
 */
export function allStateNames(def: StateMachine): string[] {
  return [...indexStates(def).keys()];
}
