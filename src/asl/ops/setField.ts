import { fromPointer } from '../pointer';
import type { JsonValue, State, StateMachine } from '../types';
import { locateState } from './locate';
import { done, fail, q } from './result';
import { setIn } from './setIn';
import { updateScope, withState } from './scopes';
import type { OpResult } from './types';

/**
 * A place inside a state: a JSON pointer relative to the state (`/Parameters/FunctionName`), a
 * single top-level key (`Comment`), or key segments (`['Retry', 0, 'MaxAttempts']`).
 */
export type FieldPath = string | readonly (string | number)[];

function segmentsOf(path: FieldPath): string[] {
  if (typeof path !== 'string') return path.map(String);
  return path.startsWith('/') ? fromPointer(path) : [path];
}

/**
 * Sets (or, with `undefined`, removes) one field inside a state, copying only the objects on the
 * way. A low-level edit: it does not rewire or check the graph, so use `renameState`,
 * `changeStateType` and the structural ops for names, types and transitions. `Type` is refused
 * (`INVALID_PATH`: use `changeStateType`). Returns the input when the value is already there.
 * @example
 * setField(def, 'Fetch', '/Parameters/FunctionName', 'my-function')
 * setField(def, 'Fetch', 'Comment', undefined) // removes Comment
 */
export function setField(def: StateMachine, name: string, path: FieldPath, value: JsonValue | undefined): OpResult {
  const loc = locateState(def, name);
  if (!loc) return fail('NOT_FOUND', `There is no state ${q(name)}.`);
  const segments = segmentsOf(path);
  if (segments.length === 0) return fail('INVALID_PATH', 'Name a field inside the state.');
  if (segments[0] === 'Type') return fail('INVALID_PATH', 'Change the type with changeStateType: it keeps the state valid.');
  const next = setIn(loc.state, segments, value);
  if (!next.ok) return next;
  if (next.value === loc.state) return done(def, {});
  const state = next.value as State;
  return done(updateScope(def, loc.scopePath, (frag) => withState(frag, name, state)), {});
}

/**
 * Removes one field inside a state (`setField` with `undefined`).
 * @example clearField(def, 'Fetch', 'TimeoutSeconds')
 */
export function clearField(def: StateMachine, name: string, path: FieldPath): OpResult {
  return setField(def, name, path, undefined);
}
