/**
 * Pure edit operations on ASL definitions: the building blocks of every graph and inspector
 * command.
 *
 * Every operation takes a definition and returns `{ ok: true, definition, ... }` or
 * `{ ok: false, error: { code, message } }`; impossible edits are values, never exceptions. Inputs
 * are never mutated, and everything an edit does not touch keeps its object identity (structural
 * sharing), which lets the editor compute minimal text edits and the layout cache skip work.
 *
 * States are addressed by name (names are unique machine-wide in ASL, nested scopes included);
 * edges by `{ from, field }` or `{ start: scope }`. Structural edits never leave a state that was
 * reachable cut off, nor a scope with no way to end: they refuse with `WOULD_ORPHAN` /
 * `NO_TERMINAL` instead (problems the definition already had are tolerated).
 *
 * New states are named after their type, made unique Workflow Studio style: `Pass`, `Pass (1)`,
 * `Pass (2)`...; copies are `X (copy)`, `X (copy) (1)`...
 *
 * @example
 * const r = insertState(def, { state: newState('Wait'), at: { after: 'Fetch' } });
 * if (r.ok) commit(r.definition); else toast(r.error.message);
 */
export type {
  EdgeField,
  EdgeRef,
  InsertAt,
  OpError,
  OpErrorCode,
  OpResult,
  OrphanOptions,
  ScopeRef,
  ScopeStep,
  StateLocation,
} from './types';
export { locateState, allStateNames } from './locate';
export { uniqueStateName, MAX_STATE_NAME_LENGTH } from './names';
export { newState, PLACEHOLDER_RESOURCE } from './templates';
export { insertState } from './insertState';
export type { InsertStateArgs } from './insertState';
export { deleteState } from './deleteState';
export { renameState } from './renameState';
export { moveState } from './moveState';
export { duplicateState } from './duplicateState';
export { changeStateType } from './changeStateType';
export { addBranch } from './addBranch';
export { removeBranch } from './removeBranch';
export { setField, clearField } from './setField';
export type { FieldPath } from './setField';
export { setMachineField } from './setMachineField';
export type { MachineField } from './setMachineField';
