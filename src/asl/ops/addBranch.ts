import type { ParallelState, StateMachine } from '../types';
import { allStateNames, locateState } from './locate';
import { done, fail, q } from './result';
import { updateScope, withState } from './scopes';
import { placeholderFragment } from './templates';
import type { OpResult } from './types';

/**
 * Appends a branch to a Parallel state, holding one Pass state (a branch cannot be empty).
 * Returns the new branch's index and the Pass state's name.
 * @example
 * addBranch(def, 'Fan out') // { ok: true, definition, branch: 2, name: 'Pass (1)' }
 */
export function addBranch(def: StateMachine, parallel: string): OpResult<{ branch: number; name: string }> {
  const loc = locateState(def, parallel);
  if (!loc) return fail('NOT_FOUND', `There is no state ${q(parallel)}.`);
  if (loc.state.Type !== 'Parallel') return fail('WRONG_TYPE', `${q(parallel)} is not a Parallel state.`);
  const fragment = placeholderFragment(new Set(allStateNames(def)));
  const branches = Array.isArray(loc.state.Branches) ? [...loc.state.Branches, fragment] : [fragment];
  const state: ParallelState = { ...loc.state, Branches: branches };
  const after = updateScope(def, loc.scopePath, (frag) => withState(frag, parallel, state));
  return done(after, { branch: branches.length - 1, name: fragment.StartAt });
}
