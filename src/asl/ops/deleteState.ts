import type { StateMachine } from '../types';
import { finishEdit } from './guard';
import { removeFromScope } from './removeFromScope';
import type { OpResult, OrphanOptions } from './types';

/**
 * Deletes a state (with everything nested in it) and closes the gap: every reference to it in its
 * scope — StartAt, Next, Choice rules and Default, Catch — now leads to its successor (its Next; a
 * Choice's Default or else first rule). When it has none (Succeed, Fail, End), a Next becomes
 * `End: true` and Defaults, Choice rules and catchers that led to it are removed.
 *
 * Refuses: `NOT_FOUND`; `LAST_STATE_IN_SCOPE` (a machine, branch or processor cannot be empty —
 * delete the Parallel/Map or remove the branch instead); `START_HAS_NO_SUCCESSOR` (deleting the
 * start state needs a next state to start from); `CHOICE_WOULD_BE_EMPTY` (a Choice would lose its
 * last rule); `WOULD_ORPHAN` when states reachable only through the deleted one (the other
 * branches of a Choice, a Catch handler) would be cut off — unless `removeOrphans` deletes them too.
 * @example
 * deleteState(def, 'Wait') // A -> Wait -> B becomes A -> B
 */
export function deleteState(def: StateMachine, name: string, options: OrphanOptions = {}): OpResult<{ successor: string | undefined }> {
  const removed = removeFromScope(def, name);
  if (!removed.ok) return removed;
  return finishEdit(def, removed.value.definition, { successor: removed.value.successor }, options);
}
