/**
 * Error names, matching (Retry/Catch `ErrorEquals`) and the error output `{Error, Cause}`.
 */
import type { JsonObject } from '../asl/types';
import { isAslRuntimeError } from '../asl/paths/errors';

/** Error names the engine raises itself. */
export const ERR = {
  ALL: 'States.ALL',
  TASK_FAILED: 'States.TaskFailed',
  TIMEOUT: 'States.Timeout',
  HEARTBEAT_TIMEOUT: 'States.HeartbeatTimeout',
  RUNTIME: 'States.Runtime',
  DATA_LIMIT: 'States.DataLimitExceeded',
  QUERY_EVALUATION: 'States.QueryEvaluationError',
  NO_CHOICE_MATCHED: 'States.NoChoiceMatched',
  TOLERATED_FAILURE: 'States.ExceedToleratedFailureThreshold',
  /** ASL Studio's own: a Task with no mock, no handler and no callback to wait for. */
  NO_MOCK: 'AslStudio.NoMockForTask',
  /** ASL Studio's own: an unexpected internal problem (a bug), reported instead of a stack trace. */
  INTERNAL: 'AslStudio.InternalError',
} as const;

/**
 * Whether a Retrier's or Catcher's `ErrorEquals` matches an error name.
 * AWS: "States.ALL ... A retry or catch on States.ALL won't catch States.Runtime errors";
 * "States.TaskFailed acts as a wildcard that matches any known error name except for States.Timeout";
 * a heartbeat timeout is also a States.Timeout.
 * @example errorMatches(['States.ALL'], 'Lambda.Unknown') === true
 */
export function errorMatches(errorEquals: readonly string[], error: string | null): boolean {
  for (const name of errorEquals) {
    if (name === error) return true;
    if (error === ERR.RUNTIME || error === ERR.NO_MOCK || error === ERR.INTERNAL) continue;
    if (name === ERR.ALL) return true;
    if (name === ERR.TIMEOUT && error === ERR.HEARTBEAT_TIMEOUT) return true;
    if (name === ERR.TASK_FAILED && error !== ERR.TIMEOUT && error !== ERR.HEARTBEAT_TIMEOUT) return true;
  }
  return false;
}

/** True for errors that end the execution whatever Retry/Catch say. */
export function isTerminalError(error: string | null): boolean {
  return error === ERR.RUNTIME || error === ERR.NO_MOCK || error === ERR.INTERNAL;
}

/**
 * The error output a Catcher passes on. AWS: when no cause (or error) is given it binds an empty string.
 * @example errorOutput('E', null) // { Error: 'E', Cause: '' }
 */
export function errorOutput(error: string | null, cause: string | null): JsonObject {
  return { Error: error ?? '', Cause: cause ?? '' };
}

/** The prefix AWS puts before runtime error causes. */
export function statePrefix(stateName: string, enteredEventId: number): string {
  return `An error occurred while executing the state '${stateName}' (entered at the event id #${enteredEventId}). `;
}

/** A failure of one state: what Retry/Catch see. */
export interface Failure {
  /** null for a Fail state without Error. */
  error: string | null;
  cause: string | null;
}

/**
 * Turns anything thrown while a state ran into a {@link Failure}: runtime errors of paths,
 * templates, intrinsics and JSONata get AWS's state prefix; anything else is an internal error
 * reported with its message (never a stack trace).
 */
export function toFailure(e: unknown, stateName: string, enteredEventId: number): Failure {
  // These end the whole execution: let them reach the driver.
  if (e instanceof ExecutionTermination || (e instanceof Error && e.name === 'HistoryLimitReached')) throw e;
  if (isAslRuntimeError(e)) return { error: e.error, cause: statePrefix(stateName, enteredEventId) + e.cause };
  if (e instanceof StateFailure) return { error: e.error, cause: e.cause };
  const message = e instanceof Error ? e.message : String(e);
  return { error: ERR.INTERNAL, cause: `Internal error in state '${stateName}': ${message}` };
}

/** Thrown by state code for a failure whose cause is already final (no prefix added). */
export class StateFailure extends Error {
  constructor(
    readonly error: string,
    override readonly cause: string | null,
  ) {
    super(`${error}: ${cause ?? ''}`);
    this.name = 'StateFailure';
  }
}

/** Thrown to end the whole execution at once (history quota, missing mock...). */
export class ExecutionTermination extends Error {
  constructor(
    readonly error: string,
    override readonly cause: string | null,
  ) {
    super(`${error}: ${cause ?? ''}`);
    this.name = 'ExecutionTermination';
  }
}
