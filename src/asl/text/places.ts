/** Canonical key order for new content, shared by the JSON and YAML editors. */
import { canonicalEntries } from '../serialize/canonicalEntries';
import type { Place } from '../serialize/canonicalEntries';
import type { JsonObject, JsonValue } from '../types';

export type { Place };

/** The place of `object[key]` (for an array: of its items), as the serializer sees it. */
export function childPlace(object: JsonObject, place: Place | undefined, key: string): Place | undefined {
  if (place === undefined) return undefined;
  const single: JsonObject = {};
  Object.defineProperty(single, key, { value: object[key], enumerable: true, writable: true, configurable: true });
  return canonicalEntries(single, place)[0][2];
}

/** The keys of `object` in the order the serializer would write them. */
export function canonicalKeys(object: JsonObject, place: Place | undefined): string[] {
  return place === undefined || place === 'states' ? Object.keys(object) : canonicalEntries(object, place).map((entry) => entry[0]);
}

/** `value` with every object's keys in canonical order (payloads keep theirs). */
export function canonicalValue(value: JsonValue, place: Place | undefined): JsonValue {
  // A payload (place undefined) keeps the user's order all the way down.
  if (place === undefined || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => canonicalValue(item, place));
  const out: JsonObject = {};
  for (const [key, child, inner] of canonicalEntries(value, place)) {
    if (child === undefined) continue;
    Object.defineProperty(out, key, { value: canonicalValue(child, inner), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A plain JSON object (not an array, not null). */
export function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
