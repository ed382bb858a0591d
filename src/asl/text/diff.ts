/** Structural diff of two definitions into per-path changes addressed in the old one. */
import type { JsonObject, JsonValue } from '../types';
import { canonicalKeys, childPlace, isObject } from './places';
import type { Place } from './places';
import type { ArrayChange, ChangeSet, KeyInsert, ObjectChange, Segment } from './types';

/**
 * What changed from `previous` to `next`: values replaced, keys removed, renamed or added, array
 * items removed or added. Subtrees that are the same object (`===`) are skipped at once, which is
 * what keeps a one-field edit of a 1,000-state definition cheap. A key removed and another added
 * with the same value in one object is a rename (the key keeps its place in the text); so is, in a
 * `States` object, a lone removed/added pair at the same position (a state renamed together with a
 * reference to itself). Array items are matched by common prefix and suffix, the rest by index.
 * @example diffValues({ A: 1 }, { A: 2 }).sets // [{ path: ['A'], value: 2, place: undefined }]
 */
export function diffValues(previous: JsonValue, next: JsonValue, rootPlace?: Place): ChangeSet {
  const out: ChangeSet = { sets: [], objects: [], arrays: [], size: 0 };
  diff(previous, next, [], rootPlace, out);
  return out;
}

function diff(prev: JsonValue, next: JsonValue, path: Segment[], place: Place | undefined, out: ChangeSet): void {
  if (prev === next) return;
  if (isObject(prev) && isObject(next)) return diffObject(prev, next, path, place, out);
  if (Array.isArray(prev) && Array.isArray(next)) return diffArray(prev, next, path, place, out);
  // Same scalar type and value: nothing to do (=== above misses nothing for JSON scalars).
  out.sets.push({ path, value: next, place });
  out.size++;
}

const has = (object: JsonObject, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

function diffObject(prev: JsonObject, next: JsonObject, path: Segment[], place: Place | undefined, out: ChangeSet): void {
  const prevKeys = Object.keys(prev);
  const removed = prevKeys.filter((key) => !has(next, key));
  const added = Object.keys(next).filter((key) => !has(prev, key));
  for (const key of prevKeys) {
    if (has(next, key) && prev[key] !== next[key]) diff(prev[key], next[key], [...path, key], childPlace(next, place, key), out);
  }
  if (removed.length === 0 && added.length === 0) return;

  const renames = pairRenames(prev, next, removed, added, place);
  const renamedFrom = new Map(renames.map((r) => [r.to, r.from]));
  for (const { from, to } of renames) diff(prev[from], next[to], [...path, from], childPlace(next, place, to), out);
  const change: ObjectChange = {
    path,
    place,
    removes: removed.filter((key) => !renames.some((r) => r.from === key)),
    renames,
    inserts: keyInserts(next, place, (key) => (has(prev, key) ? key : renamedFrom.get(key)), new Set(added.filter((k) => !renamedFrom.has(k)))),
  };
  out.objects.push(change);
  out.size += change.removes.length + renames.length + change.inserts.reduce((n, ins) => n + ins.entries.length, 0);
}

// Pairing by value costs a deep compare per candidate pair; past this many pairs only identical
// objects pair up.
const MAX_DEEP_PAIRS = 64;

function pairRenames(prev: JsonObject, next: JsonObject, removed: string[], added: string[], place: Place | undefined) {
  const renames: { from: string; to: string }[] = [];
  const free = new Set(added);
  const deep = removed.length * added.length <= MAX_DEEP_PAIRS;
  for (const from of removed) {
    for (const to of free) {
      if (prev[from] === next[to] || (deep && sameJson(prev[from], next[to]))) {
        renames.push({ from, to });
        free.delete(to);
        break;
      }
    }
  }
  if (place === 'states' && removed.length - renames.length === 1 && free.size === 1) {
    const from = removed.find((key) => !renames.some((r) => r.from === key)) as string;
    const to = [...free][0];
    if (Object.keys(prev).indexOf(from) === Object.keys(next).indexOf(to)) renames.push({ from, to });
  }
  return renames;
}

/** Groups added keys by the old key they follow in the canonical order of `next`. */
function keyInserts(next: JsonObject, place: Place | undefined, oldKey: (key: string) => string | undefined, added: Set<string>): KeyInsert[] {
  if (added.size === 0) return [];
  const inserts: KeyInsert[] = [];
  let after: string | null = null;
  let current: KeyInsert | undefined;
  for (const key of canonicalKeys(next, place)) {
    if (added.has(key)) {
      if (!current) inserts.push((current = { after, entries: [] }));
      current.entries.push([key, next[key]]);
      continue;
    }
    const old = oldKey(key);
    if (old !== undefined) {
      after = old;
      current = undefined;
    }
  }
  return inserts;
}

function diffArray(prev: JsonValue[], next: JsonValue[], path: Segment[], place: Place | undefined, out: ChangeSet): void {
  if (prev.length === next.length) {
    prev.forEach((item, i) => diff(item, next[i], [...path, i], place, out));
    return;
  }
  const shortest = Math.min(prev.length, next.length);
  let head = 0;
  while (head < shortest && sameJson(prev[head], next[head])) head++;
  let tail = 0;
  while (tail < shortest - head && sameJson(prev[prev.length - 1 - tail], next[next.length - 1 - tail])) tail++;
  const paired = Math.min(prev.length, next.length) - head - tail;
  for (let i = head; i < head + paired; i++) diff(prev[i], next[i], [...path, i], place, out);
  const change: ArrayChange = { path, place, removes: [], inserts: [] };
  for (let i = head + paired; i < prev.length - tail; i++) change.removes.push(i);
  const values = next.slice(head + paired, next.length - tail);
  if (values.length > 0) change.inserts.push({ after: head + paired - 1, values });
  out.arrays.push(change);
  out.size += change.removes.length + values.length;
}

/** Deep equality of JSON values, ignoring key order. */
export function sameJson(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => has(b, key) && sameJson(a[key], b[key]));
}
