/** Taking a state out of its scope and closing the gap it leaves. */
import type { State, StateMachine } from '../types';
import { locateState } from './locate';
import { fail, q, value } from './result';
import { redirectRefs } from './rewire';
import { scopeAt, stateEntries, updateScope } from './scopes';
import { removeKeys } from './statesObject';
import { isTerminalType, rulesOf } from './transitions';
import type { Outcome, StateLocation } from './types';

/**
 * Where the predecessors of a removed state go: its Next; for a Choice its Default, else its first
 * rule's target; nothing for Succeed, Fail and End states (a self-loop does not count).
 */
export function successorOf(name: string, state: State): string | undefined {
  if (isTerminalType(state)) return undefined;
  const candidates = state.Type === 'Choice' ? [state.Default, ...rulesOf(state).map((r) => r?.Next)] : [state.Next];
  return candidates.find((c): c is string => typeof c === 'string' && c !== name);
}

/**
 * Removes a state and rewires its predecessors in the scope to its successor. Without one, a Next
 * becomes `End: true`, and a Default, Choice rule or catcher that led to the state is removed.
 * Refuses `LAST_STATE_IN_SCOPE` (a scope needs a state), `START_HAS_NO_SUCCESSOR` and
 * `CHOICE_WOULD_BE_EMPTY`. Does not run the reachability guard.
 */
export function removeFromScope(
  def: StateMachine,
  name: string,
): Outcome<{ definition: StateMachine; location: StateLocation; successor: string | undefined }> {
  const location = locateState(def, name);
  if (!location) return fail('NOT_FOUND', `There is no state ${q(name)}.`);
  const frag = scopeAt(def, location.scopePath);
  if (!frag) return fail('NOT_FOUND', `There is no state ${q(name)}.`);
  if (stateEntries(frag).length === 1) {
    const where = location.scopePath.length === 0 ? 'the state machine' : 'its branch';
    return fail('LAST_STATE_IN_SCOPE', `${q(name)} is the only state of ${where}, which cannot be empty.`);
  }
  const successor = successorOf(name, location.state);
  const rewired = redirectRefs(frag, name, successor, new Set([name]));
  if (!rewired.ok) return rewired;
  const next = { ...rewired.value, States: removeKeys(rewired.value.States, new Set([name])) };
  return value({ definition: updateScope(def, location.scopePath, () => next), location, successor });
}
