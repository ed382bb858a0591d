import type { StateMachine } from '../types';
import { done, fail } from './result';
import { setIn } from './setIn';
import type { OpResult } from './types';

/** The machine-level fields other than StartAt and States. */
export type MachineField = 'Comment' | 'TimeoutSeconds' | 'QueryLanguage' | 'Version';

const CHECKS: Record<MachineField, (v: unknown) => string | undefined> = {
  Comment: (v) => (typeof v === 'string' ? undefined : 'Comment must be a string.'),
  Version: (v) => (typeof v === 'string' ? undefined : 'Version must be a string.'),
  TimeoutSeconds: (v) => (Number.isInteger(v) && (v as number) > 0 ? undefined : 'TimeoutSeconds must be a positive integer.'),
  QueryLanguage: (v) => (v === 'JSONPath' || v === 'JSONata' ? undefined : 'QueryLanguage must be "JSONPath" or "JSONata".'),
};

/**
 * Sets (or, with `undefined`, removes) a machine-level field: Comment, TimeoutSeconds,
 * QueryLanguage or Version. Refuses values of the wrong kind with `INVALID_VALUE`.
 * @example setMachineField(def, 'QueryLanguage', 'JSONata')
 */
export function setMachineField<K extends MachineField>(def: StateMachine, field: K, value: StateMachine[K] | undefined): OpResult {
  const check = CHECKS[field];
  if (!check) return fail('INVALID_PATH', `${JSON.stringify(field)} is not a machine-level field that can be set.`);
  if (value !== undefined) {
    const problem = check(value);
    if (problem) return fail('INVALID_VALUE', problem);
  }
  const next = setIn(def, [field], value);
  return next.ok ? done(next.value as StateMachine, {}) : next;
}
