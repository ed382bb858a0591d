/** State names: validity and unique defaults. */
import type { StateMachine, StateType } from '../types';
import { indexStates } from './locate';
import { fail } from './result';
import type { OpError } from './types';

/** AWS: "State names MUST have length of less than or equal to 80 Unicode characters." */
export const MAX_STATE_NAME_LENGTH = 80;

/** Why a name cannot be a state name, or `undefined` when it can. */
export function invalidName(name: unknown): OpError | undefined {
  if (typeof name !== 'string' || name.length === 0) return fail('INVALID_NAME', 'A state name cannot be empty.').error;
  if ([...name].length > MAX_STATE_NAME_LENGTH) {
    return fail('INVALID_NAME', `A state name can have at most ${MAX_STATE_NAME_LENGTH} characters.`).error;
  }
  return undefined;
}

/**
 * The first of `base`, `base (1)`, `base (2)`... that is not in `taken` and fits in 80 characters.
 * A base that already ends in ` (n)` counts on from its stem, so `Pass (1)` gives `Pass (2)`.
 */
export function uniqueNameAmong(taken: ReadonlySet<string>, base: string): string {
  const fit = (s: string, room: number): string => [...s].slice(0, room).join('');
  const trimmed = fit(base.length > 0 ? base : 'State', MAX_STATE_NAME_LENGTH);
  if (!taken.has(trimmed)) return trimmed;
  const stem = trimmed.replace(/ \(\d+\)$/, '');
  for (let n = 1; ; n++) {
    const suffix = ` (${n})`;
    const candidate = fit(stem, MAX_STATE_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A state name not used anywhere in the machine: `base`, else `base (1)`, `base (2)`...
 * @example uniqueStateName(def, 'Pass') // 'Pass (1)' when 'Pass' exists
 */
export function uniqueStateName(def: StateMachine, base: string): string {
  return uniqueNameAmong(new Set(indexStates(def).keys()), base);
}

/** The base name of a new state of a type: the type itself (`Pass`, `Pass (1)`, ...). */
export function defaultBaseName(type: StateType): string {
  return type;
}
