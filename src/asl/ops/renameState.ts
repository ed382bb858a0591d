import type { StateMachine } from '../types';
import { locateState } from './locate';
import { invalidName } from './names';
import { done, fail, q } from './result';
import { redirectRefs } from './rewire';
import { scopeAt, updateScope } from './scopes';
import { renameKey } from './statesObject';
import type { OpResult } from './types';

/**
 * Renames a state and every reference to it. References are scope-local in ASL (StartAt, Next,
 * Default, top-level Choice rule Next and Catch Next of the same scope), so other scopes are
 * untouched; the key keeps its position. Renaming to the same name returns the input.
 * Errors: `NOT_FOUND`, `INVALID_NAME` (empty or over 80 characters), `NAME_TAKEN` (anywhere in
 * the machine: names are unique machine-wide).
 * @example
 * renameState(def, 'Pass', 'Prepare input') // StartAt and every Next: "Pass" follow
 */
export function renameState(def: StateMachine, from: string, to: string): OpResult<{ name: string }> {
  const loc = locateState(def, from);
  if (!loc) return fail('NOT_FOUND', `There is no state ${q(from)}.`);
  if (from === to) return done(def, { name: to });
  const invalid = invalidName(to);
  if (invalid) return { ok: false, error: invalid };
  if (locateState(def, to)) return fail('NAME_TAKEN', `There is already a state named ${q(to)}.`);
  const frag = scopeAt(def, loc.scopePath);
  if (!frag) return fail('NOT_FOUND', `There is no state ${q(from)}.`);
  const rewired = redirectRefs(frag, from, to);
  if (!rewired.ok) return rewired;
  const next = { ...rewired.value, States: renameKey(rewired.value.States, from, to) };
  return done(updateScope(def, loc.scopePath, () => next), { name: to });
}
