import type { StateMachine } from '../types';
import { locateState } from './locate';
import { done, fail, q } from './result';
import { updateScope, withState } from './scopes';
import type { OpResult } from './types';

/**
 * Removes one branch (and every state in it) from a Parallel state. Refuses `LAST_BRANCH`: ASL
 * requires at least one branch (delete the Parallel state instead).
 * @example
 * removeBranch(def, 'Fan out', 1)
 */
export function removeBranch(def: StateMachine, parallel: string, index: number): OpResult {
  const loc = locateState(def, parallel);
  if (!loc) return fail('NOT_FOUND', `There is no state ${q(parallel)}.`);
  if (loc.state.Type !== 'Parallel') return fail('WRONG_TYPE', `${q(parallel)} is not a Parallel state.`);
  const branches = Array.isArray(loc.state.Branches) ? loc.state.Branches : [];
  if (!Number.isInteger(index) || index < 0 || index >= branches.length) {
    return fail('NOT_FOUND', `${q(parallel)} has no branch ${index + 1}.`);
  }
  if (branches.length === 1) return fail('LAST_BRANCH', `${q(parallel)} needs at least one branch: delete the Parallel state instead.`);
  const state = { ...loc.state, Branches: branches.filter((_, i) => i !== index) };
  return done(updateScope(def, loc.scopePath, (frag) => withState(frag, parallel, state)), {});
}
