import type { JsonObject, JsonValue } from '../types';

/**
 * Own-property helpers. JSON objects are plain objects, so a key such as `constructor` or
 * `__proto__` must never reach Object.prototype: reads check ownership for those keys only (decided
 * once, at compile time) and writes define the property instead of assigning it.
 */
const hasOwn = Object.prototype.hasOwnProperty;

/** True when `key` would hit something on Object.prototype with a plain `obj[key]`. */
export function isUnsafeKey(key: string): boolean {
  return key in Object.prototype;
}

/** Reads an own property of a JSON object, or undefined. */
export function getOwn(obj: JsonObject, key: string): JsonValue | undefined {
  return hasOwn.call(obj, key) ? obj[key] : undefined;
}

/** Sets an own property (safe for `__proto__`). */
export function setOwn(obj: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/** True for a JSON object (not an array, not null). */
export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Shallow copy of a JSON object that keeps an own `__proto__` key. A for-in loop is several times
 * faster than `{ ...obj }` here, and JSON objects have no inherited enumerable keys.
 */
export function copyObject(obj: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key in obj) {
    if (key === '__proto__') setOwn(out, key, obj[key]);
    else out[key] = obj[key];
  }
  return out;
}

/** Deep equality of JSON values (object key order ignored). */
export function jsonEquals(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEquals(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!hasOwn.call(b, k) || !jsonEquals(a[k], b[k])) return false;
  return true;
}
