/** Shared shapes of the pure edit operations in `asl/ops`. */
import type { State, StateMachine } from '../types';

/**
 * One step into a nested scope, named by the state that holds it (state names are unique
 * machine-wide, so the innermost step alone identifies a scope).
 */
export type ScopeStep = { parallel: string; branch: number } | { map: string };

/** A scope: the top-level machine, one Parallel branch, or one Map processor. */
export type ScopeRef = 'machine' | ScopeStep;

/** Which transition of a state an edge is: `Next`, a Choice's `Default`, Choice rule i, catcher i. */
export type EdgeField = 'Next' | 'Default' | { choice: number } | { catch: number };

/**
 * An edge of the graph. `{ from, field: 'Next' }` on a state with `End: true` is its edge to the
 * end of the scope; `{ start }` is the edge into a scope's `StartAt`.
 */
export type EdgeRef = { from: string; field: EdgeField } | { start: ScopeRef };

/** Where a state goes when inserted or moved. */
export type InsertAt =
  | { edge: EdgeRef }
  | { before: string }
  | { after: string }
  | { emptyBranch: { parallel: string; branch: number } }
  | { emptyProcessor: { map: string } }
  | { emptyMachine: true };

/** Where a state lives. */
export interface StateLocation {
  /** JSON pointer to the state object, e.g. `/States/P/Branches/0/States/A`. */
  pointer: string;
  /** Scopes from the top down; `[]` is the top-level machine. */
  scopePath: ScopeStep[];
  state: State;
}

/** Error codes an operation can refuse with. */
export type OpErrorCode =
  | 'NOT_FOUND'
  | 'NAME_TAKEN'
  | 'INVALID_NAME'
  | 'INVALID_PATH'
  | 'INVALID_VALUE'
  | 'WRONG_TYPE'
  | 'EDGE_NOT_FOUND'
  | 'SCOPE_NOT_EMPTY'
  | 'NO_SUCCESSOR'
  | 'CHOICE_NEEDS_TARGET'
  | 'CHOICE_WOULD_BE_EMPTY'
  | 'LAST_STATE_IN_SCOPE'
  | 'LAST_BRANCH'
  | 'START_HAS_NO_SUCCESSOR'
  | 'WOULD_ORPHAN'
  | 'NO_TERMINAL'
  | 'MOVE_INTO_SELF'
  | 'NO_OP';

export interface OpError {
  code: OpErrorCode;
  message: string;
}

/** What every operation returns: the new definition (plus op-specific facts) or why it refused. */
export type OpResult<Extra extends object = Record<never, never>> =
  | ({ ok: true; definition: StateMachine } & Extra)
  | { ok: false; error: OpError };

/** The same, for helpers that produce something other than a whole definition. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: OpError };

/** Options of the operations that can cut states off from the start state. */
export interface OrphanOptions {
  /**
   * When the edit leaves states that were reachable unreachable (the other branches of a deleted
   * Choice, the handler of a dropped Catch...): `false` (default) refuses with `WOULD_ORPHAN`,
   * `true` deletes those states as part of the same edit.
   */
  removeOrphans?: boolean;
}
