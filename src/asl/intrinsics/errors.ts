import type { JsonValue } from '../types';
import { AslRuntimeError } from '../paths/errors';

/**
 * The error an intrinsic reports when its arguments are wrong. The ASL spec names it
 * "States.IntrinsicFailure: Within a Payload Template, the attempt to invoke an Intrinsic Function
 * failed". (No recorded AWS case shows a failing intrinsic yet: the wording below is ours.)
 */
export const INTRINSIC_ERROR = 'States.IntrinsicFailure';

/** Builds the error of a failed intrinsic call. */
export function intrinsicError(fn: string, detail: string): AslRuntimeError {
  return new AslRuntimeError(INTRINSIC_ERROR, `Invalid arguments in ${fn}: ${detail}`);
}

/** A short JSON rendering of a value for messages. */
export function show(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 100 ? text.slice(0, 97) + '...' : text;
}

/** Ordinal names for messages: 0 -> 'first'. */
export function nth(index: number): string {
  return ['first', 'second', 'third', 'fourth'][index] ?? `${index + 1}th`;
}

/** The argument as an array, or throws the intrinsic error. */
export function wantArray(fn: string, args: JsonValue[], i: number): JsonValue[] {
  const v = args[i];
  if (!Array.isArray(v)) throw intrinsicError(fn, `the ${nth(i)} argument must be an array, but was ${show(v)}`);
  return v;
}

/** The argument as a string, or throws the intrinsic error. */
export function wantString(fn: string, args: JsonValue[], i: number): string {
  const v = args[i];
  if (typeof v !== 'string') throw intrinsicError(fn, `the ${nth(i)} argument must be a string, but was ${show(v)}`);
  return v;
}

/** The argument as a number, or throws the intrinsic error. */
export function wantNumber(fn: string, args: JsonValue[], i: number): number {
  const v = args[i];
  if (typeof v !== 'number') throw intrinsicError(fn, `the ${nth(i)} argument must be a number, but was ${show(v)}`);
  return v;
}

/** The argument as an integer (1.0 counts), or throws the intrinsic error. */
export function wantInteger(fn: string, args: JsonValue[], i: number): number {
  const v = args[i];
  if (typeof v !== 'number' || !Number.isInteger(v)) throw intrinsicError(fn, `the ${nth(i)} argument must be an integer, but was ${show(v)}`);
  return v;
}

/** Java's Math.round (half up, also for negatives: -0.5 -> 0), without JavaScript's -0. */
export function javaRound(n: number): number {
  return Math.floor(n + 0.5) + 0;
}
