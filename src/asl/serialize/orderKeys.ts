import type { JsonObject, JsonValue } from '../types';
import { canonicalEntries, rootPlace } from './canonicalEntries';
import type { Place } from './canonicalEntries';

/**
 * Returns a copy of a definition with its keys in canonical order (see `keyOrder.ts`); the input
 * is not modified and payload subtrees are shared, not copied. JavaScript lists integer-like keys
 * ("1", "42") first whatever the insertion order, so an object holding such keys cannot show the
 * canonical order; `toJsonText` and `toYamlText` do not depend on this and write it exactly.
 * @example orderKeys({ States: {}, StartAt: 'A' }) // { StartAt: 'A', States: {} }
 */
export function orderKeys(value: JsonValue): JsonValue {
  return reorder(value, rootPlace(value), { exact: true });
}

/**
 * Like `orderKeys`, but undefined when some reordered object cannot hold its canonical order (an
 * integer-like key in a state, say), so that a writer can fall back to writing keys one by one.
 */
export function orderKeysExactly(value: JsonValue): JsonValue | undefined {
  const check = { exact: true };
  const ordered = reorder(value, rootPlace(value), check);
  return check.exact ? ordered : undefined;
}

function reorder(value: JsonValue, place: Place | undefined, check: { exact: boolean }): JsonValue {
  if (place === undefined || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => reorder(item, place, check));
  const entries = canonicalEntries(value, place);
  // fromEntries defines own properties, so a `__proto__` key stays a key.
  const ordered: JsonObject = Object.fromEntries(entries.map(([key, child, childPlace]) => [key, reorder(child, childPlace, check)]));
  if (check.exact) {
    let i = 0;
    for (const key in ordered) if (key !== entries[i++][0]) check.exact = false;
  }
  return ordered;
}
