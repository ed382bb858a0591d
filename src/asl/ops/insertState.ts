import type { State, StateMachine } from '../types';
import { finishEdit } from './guard';
import { allStateNames } from './locate';
import { defaultBaseName, invalidName, uniqueNameAmong } from './names';
import { placeState } from './place';
import { resolveAt } from './resolveAt';
import { fail, q } from './result';
import { uniquifyNested } from './uniquifyNested';
import type { InsertAt, OpResult } from './types';

export interface InsertStateArgs {
  /** The new state's name; by default its type, made unique (`Pass`, `Pass (1)`, ...). */
  name?: string;
  /** The state to insert, e.g. `newState('Task')`. Its Next/End are set by where it goes. */
  state: State;
  at: InsertAt;
}

/**
 * Inserts a new state and wires it in. On an edge (or `after` a state) the source now leads to the
 * new state, which leads on to the old target; `before` a state every predecessor in its scope
 * (StartAt included) now leads to the new state. A Choice takes the old target as its Default
 * (and as the Next of rules that have none); `after` a Choice means on its Default edge.
 * A Succeed or Fail inserted where something follows would cut that off: refused with
 * `WOULD_ORPHAN` unless the old target is still reachable another way. Nested states of an
 * inserted Parallel/Map are renamed if their names are taken. Errors: `NAME_TAKEN`,
 * `INVALID_NAME`, `NOT_FOUND`, `EDGE_NOT_FOUND`, `NO_SUCCESSOR`, `SCOPE_NOT_EMPTY`,
 * `CHOICE_NEEDS_TARGET`, `WOULD_ORPHAN`.
 * @example
 * insertState(def, { state: newState('Wait'), at: { edge: { from: 'Fetch', field: 'Next' } } })
 * // { ok: true, definition: ... Fetch -> Wait -> (Fetch's old Next) ..., name: 'Wait' }
 */
export function insertState(def: StateMachine, args: InsertStateArgs): OpResult<{ name: string }> {
  const taken = new Set(allStateNames(def));
  if (args.state === null || typeof args.state !== 'object') return fail('INVALID_VALUE', 'The state to insert must be an object.');
  let name: string;
  if (args.name !== undefined) {
    const invalid = invalidName(args.name);
    if (invalid) return { ok: false, error: invalid };
    if (taken.has(args.name)) return fail('NAME_TAKEN', `There is already a state named ${q(args.name)}.`);
    name = args.name;
  } else {
    name = uniqueNameAmong(taken, defaultBaseName(args.state.Type));
  }
  taken.add(name);
  const placement = resolveAt(def, args.at);
  if (!placement.ok) return placement;
  const state = uniquifyNested(args.state, taken, (old) => old);
  const placed = placeState(def, placement.value, name, state);
  if (!placed.ok) return placed;
  return finishEdit(def, placed.value, { name });
}
