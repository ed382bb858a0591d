import type { JsonObject, JsonValue } from '../../asl/types';
import type { JsonTypeName } from './types';

/** Marks a result that has no JSON form (a function, NaN, ±Infinity). */
export const UNSUPPORTED: unique symbol = Symbol('unsupported JSONata result');
export type Unsupported = typeof UNSUPPORTED;

// Objects and arrays already known to be plain JSON. Values are immutable in the engine, so a value
// checked once (the state input, a variable) never needs checking again: returning `$states.input`
// costs one lookup, not a walk of the whole payload.
const verified = new WeakSet<object>();

// jsonata marks its sequences (and a few internal arrays) with these flags; they must not leak into
// data that a later expression reads, where a flagged array would behave like a sequence.
const SEQUENCE_FLAGS = ['sequence', 'keepSingleton', 'outerWrapper', 'tupleStream'];

function hasSequenceFlags(arr: unknown[]): boolean {
  for (const flag of SEQUENCE_FLAGS) if (Object.prototype.hasOwnProperty.call(arr, flag)) return true;
  return false;
}

function normalizeArray(arr: unknown[]): JsonValue[] | Unsupported {
  let out: JsonValue[] | null = hasSequenceFlags(arr) ? [] : null;
  for (let i = 0; i < arr.length; i++) {
    const item = arr[i];
    // An undefined hole has no JSON form; Jackson (AWS) and JSON.stringify both write null.
    const v = item === undefined ? null : normalize(item);
    if (v === UNSUPPORTED) return UNSUPPORTED;
    if (out === null && !Object.is(v, item)) out = arr.slice(0, i) as JsonValue[];
    if (out !== null) out.push(v);
  }
  const result = out ?? (arr as JsonValue[]);
  verified.add(result);
  return result;
}

/** Sets a member; an own `__proto__` key is data in JSON, so it must be defined, not assigned. */
export function setMember(obj: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

function normalizeObject(obj: object): JsonObject | Unsupported {
  const proto: unknown = Object.getPrototypeOf(obj);
  if (proto !== Object.prototype && proto !== null) return UNSUPPORTED; // RegExp, Date, class instances
  const record = obj as Record<string, unknown>;
  // jsonata functions and lambdas are plain objects with these markers.
  if (record._jsonata_function === true || record._jsonata_lambda === true) return UNSUPPORTED;
  let out: JsonObject | null = null;
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const item = record[key];
    const v = item === undefined ? undefined : normalize(item);
    if (v === UNSUPPORTED) return UNSUPPORTED;
    if (out === null && !Object.is(v, item)) {
      out = {};
      for (let j = 0; j < i; j++) setMember(out, keys[j], record[keys[j]] as JsonValue);
    }
    if (out !== null && v !== undefined) setMember(out, key, v);
  }
  const result = out ?? (obj as JsonObject);
  verified.add(result);
  return result;
}

function normalize(value: unknown): JsonValue | Unsupported {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // -0 prints as 0 in JSON; NaN and the infinities have no JSON form at all.
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : UNSUPPORTED;
    case 'object':
      if (value === null) return null;
      if (verified.has(value)) return value as JsonValue;
      return Array.isArray(value) ? normalizeArray(value) : normalizeObject(value);
    default:
      return UNSUPPORTED;
  }
}

/**
 * Turns a jsonata result into plain JSON: sequences become plain arrays, `-0` becomes `0`, and a
 * value with no JSON form (a function anywhere inside, NaN, ±Infinity) gives {@link UNSUPPORTED}.
 * Unchanged values keep their identity (no copy).
 * @example toJsonResult(Object.assign([1], { sequence: true })) // [1] without the flag
 */
export function toJsonResult(value: unknown): JsonValue | Unsupported {
  return normalize(value);
}

/**
 * The JSON type name AWS prints in type errors.
 * @example jsonTypeName([1]) === 'array'
 */
export function jsonTypeName(value: JsonValue): JsonTypeName {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as 'boolean' | 'number' | 'string' | 'object';
}
