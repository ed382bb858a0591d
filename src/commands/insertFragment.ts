/**
 * Inserting a block of several states (a pattern) as one edit: the block's states are renamed so
 * they clash with nothing, its first state takes the drop point's place in the wiring and its exit
 * states lead on to whatever followed the drop point.
 */
import { allStateNames, insertState, locateState } from '../asl/ops';
import type { InsertAt, OpResult } from '../asl/ops';
import { fromPointer } from '../asl/pointer';
import type { JsonObject, JsonValue, QueryLanguage, State, StateMachine, StateMachineFragment } from '../asl/types';
import { PATTERN_EXIT } from '../catalog';
import { queryLanguageAt } from './queryLanguageAt';
import { renameBlock } from './renameBlock';

/**
 * Inserts the states `build(ql)` returns at `at`, wired in: predecessors lead to its StartAt, and
 * every `Next: PATTERN_EXIT` leads to the old successor (or becomes `End: true`). Names are made
 * unique machine-wide (`Start job` -> `Start job (1)`), nested ones included. Refuses like
 * `insertState` (e.g. `WOULD_ORPHAN`, `NOT_FOUND`).
 */
export function insertFragment(
  def: StateMachine,
  build: (ql: QueryLanguage) => StateMachineFragment,
  at: InsertAt,
): OpResult<{ names: string[]; start: string }> {
  const block = build(queryLanguageAt(def, at));
  const renamed = renameBlock(block, new Set(allStateNames(def)));
  const start = renamed.StartAt;
  // A Pass stand-in gets the drop point's wiring (and its refusals); the block then takes its place.
  const placed = insertState(def, { name: start, state: { Type: 'Pass' }, at });
  if (!placed.ok) return placed;
  const loc = locateState(placed.definition, start);
  if (!loc) return { ok: false, error: { code: 'NOT_FOUND', message: 'The inserted block could not be found.' } };
  const next = (loc.state as { Next?: unknown }).Next;
  const successor = typeof next === 'string' ? next : undefined;
  const states = Object.entries(renamed.States).map(([name, state]) => [name, exitTo(state, successor)] as const);
  const statesPointer = fromPointer(loc.pointer).slice(0, -1);
  const definition = updateIn(placed.definition as unknown as JsonObject, statesPointer, (current) =>
    spliceStates(current as JsonObject, start, states),
  ) as unknown as StateMachine;
  return { ok: true, definition, names: states.map(([n]) => n), start };
}

/** The block state with its exits leading to `successor`, or ending the scope when there is none. */
function exitTo(state: State, successor: string | undefined): State {
  const out = { ...state } as Record<string, unknown>;
  if (out.Next === PATTERN_EXIT) {
    if (successor !== undefined) out.Next = successor;
    else {
      delete out.Next;
      out.End = true;
    }
  }
  return out as unknown as State;
}

/** `States` with the stand-in replaced by the block's states, in the block's order, where it stood. */
function spliceStates(states: JsonObject, standIn: string, block: readonly (readonly [string, State])[]): JsonObject {
  const out: JsonObject = {};
  for (const [name, state] of Object.entries(states)) {
    if (name !== standIn) {
      out[name] = state;
      continue;
    }
    for (const [n, s] of block) out[n] = s as unknown as JsonValue;
  }
  return out;
}

/** `root` with the value at `path` replaced by `fn(value)`, copying only the objects on the way. */
function updateIn(root: JsonValue, path: readonly string[], fn: (v: JsonValue) => JsonValue): JsonValue {
  if (path.length === 0) return fn(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = root.slice();
    copy[Number(head)] = updateIn(root[Number(head)], rest, fn);
    return copy;
  }
  const obj = root as JsonObject;
  return { ...obj, [head]: updateIn(obj[head], rest, fn) };
}

