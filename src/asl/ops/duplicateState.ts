import type { State, StateMachine } from '../types';
import { finishEdit } from './guard';
import { allStateNames, locateState } from './locate';
import { uniqueNameAmong } from './names';
import { placeState } from './place';
import { resolveAt } from './resolveAt';
import { fail, q } from './result';
import { uniquifyNested } from './uniquifyNested';
import type { OpResult } from './types';

/** `X` -> `X (copy)`; a copy of a copy counts on (`X (copy) (1)`) rather than stacking. */
function copyBase(name: string): string {
  return name.replace(/ \(copy\)( \(\d+\))?$/, '') + ' (copy)';
}

/**
 * Inserts a copy of a state right after it (`X -> X (copy) -> X's old Next`; after a Choice, on
 * its Default edge). The copy is named `X (copy)` (made unique) and every state nested in a
 * Parallel/Map copy is renamed the same way, since names are unique machine-wide. Succeed, Fail and
 * a Choice without Default have nothing after them: refused with `NO_SUCCESSOR`.
 * @example
 * duplicateState(def, 'Fetch') // Fetch -> Fetch (copy) -> Save
 */
export function duplicateState(def: StateMachine, name: string): OpResult<{ name: string }> {
  const loc = locateState(def, name);
  if (!loc) return fail('NOT_FOUND', `There is no state ${q(name)}.`);
  const placement = resolveAt(def, { after: name });
  if (!placement.ok) {
    if (placement.error.code !== 'NO_SUCCESSOR') return placement;
    return fail('NO_SUCCESSOR', `Nothing can follow ${q(name)}, so there is no place for a copy of it.`);
  }
  const taken = new Set(allStateNames(def));
  const copyName = uniqueNameAmong(taken, copyBase(name));
  taken.add(copyName);
  // A deep copy: the copy must not share objects with the original (caches key on identity).
  const copy = uniquifyNested(structuredClone(loc.state) as State, taken, copyBase);
  const placed = placeState(def, placement.value, copyName, copy);
  if (!placed.ok) return placed;
  return finishEdit(def, placed.value, { name: copyName });
}
