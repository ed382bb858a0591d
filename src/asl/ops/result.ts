/** Small constructors for operation results. */
import type { StateMachine } from '../types';
import type { OpError, OpErrorCode, OpResult, Outcome } from './types';

/** A refusal. */
export function fail(code: OpErrorCode, message: string): { ok: false; error: OpError } {
  return { ok: false, error: { code, message } };
}

/** A success carrying a new definition and op-specific facts. */
export function done<E extends object>(definition: StateMachine, extra: E): OpResult<E> {
  return { ok: true, definition, ...extra };
}

/** A success of a helper. */
export function value<T>(v: T): Outcome<T> {
  return { ok: true, value: v };
}

/** Quotes a state name for messages: `"Fetch user"`. */
export function q(name: string): string {
  return JSON.stringify(name);
}
