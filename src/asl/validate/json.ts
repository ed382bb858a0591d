/** Small, total helpers for reading untrusted JSON values (the validator never throws). */
import type { JsonObject, JsonValue } from '../types';

/** True for a plain JSON object (not null, not an array). */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own-property test that ignores the prototype (`{"constructor": ...}` is a field like any other). */
export function has(o: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** The value of an own property, or undefined. */
export function get(o: JsonObject, key: string): JsonValue | undefined {
  return has(o, key) ? o[key] : undefined;
}

/** The own property as an object, or undefined. */
export function getObject(o: JsonObject, key: string): JsonObject | undefined {
  const v = get(o, key);
  return isObject(v) ? v : undefined;
}

/** The own property as an array, or undefined. */
export function getArray(o: JsonObject, key: string): JsonValue[] | undefined {
  const v = get(o, key);
  return Array.isArray(v) ? v : undefined;
}

/** The own property as a string, or undefined. */
export function getString(o: JsonObject, key: string): string | undefined {
  const v = get(o, key);
  return typeof v === 'string' ? v : undefined;
}

const PLACEHOLDER = /\$\{[^}]+\}/;

/**
 * True when a string holds a `${Name}` placeholder that SAM, CDK or CloudFormation substitutes
 * before deployment: such values are never judged as paths, ARNs or numbers.
 */
export function hasPlaceholder(v: unknown): boolean {
  return typeof v === 'string' && PLACEHOLDER.test(v);
}
