/**
 * Puts diagnostics in reading order: by text position when a source map is known, else by where
 * their pointer sits in the definition (key order), so the list reads top to bottom either way.
 */
import { fromPointer } from '../pointer';
import type { Diagnostic, JsonValue, SourceRange } from '../types';
import { isObject } from './json';
import type { PendingDiagnostic } from './Reporter';

/** The part of the parser's source map the validator uses. */
export interface SourceMapLike {
  rangeOf(pointer: string): SourceRange | undefined;
  keyRangeOf(pointer: string): SourceRange | undefined;
}

/** The range of a pointer, else of its closest ancestor that has one (a missing field -> its object). */
function rangeFor(map: SourceMapLike, d: PendingDiagnostic): SourceRange | undefined {
  if (d.key) {
    const keyRange = map.keyRangeOf(d.pointer);
    if (keyRange) return keyRange;
  }
  let pointer = d.pointer;
  for (;;) {
    const range = map.rangeOf(pointer);
    if (range || pointer === '') return range;
    pointer = pointer.slice(0, pointer.lastIndexOf('/'));
  }
}

/** Position of each segment among its siblings, for sorting without a source map. */
function documentKey(root: JsonValue, pointer: string, keyIndex: WeakMap<object, Map<string, number>>): number[] {
  const key: number[] = [];
  let v: JsonValue | undefined = root;
  for (const segment of fromPointer(pointer)) {
    if (Array.isArray(v)) {
      key.push(Number(segment));
      v = v[Number(segment)];
    } else if (isObject(v)) {
      let index = keyIndex.get(v);
      if (!index) {
        index = new Map(Object.keys(v).map((k, i) => [k, i]));
        keyIndex.set(v, index);
      }
      key.push(index.get(segment) ?? Number.MAX_SAFE_INTEGER);
      v = index.has(segment) ? v[segment] : undefined;
    } else {
      key.push(Number.MAX_SAFE_INTEGER);
      v = undefined;
    }
  }
  return key;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** Drops exact repeats, fills ranges, sorts. */
export function finish(items: PendingDiagnostic[], root: JsonValue, map: SourceMapLike | undefined): Diagnostic[] {
  const seen = new Set<string>();
  const out: { d: Diagnostic; key: number[] }[] = [];
  const keyIndex = new WeakMap<object, Map<string, number>>();
  for (const item of items) {
    const id = `${item.code}\u0000${item.pointer}\u0000${item.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const d: Diagnostic = { code: item.code, severity: item.severity, message: item.message, pointer: item.pointer };
    const range = map ? rangeFor(map, item) : undefined;
    if (range) d.range = range;
    out.push({ d, key: range ? [range.start.offset] : documentKey(root, item.pointer, keyIndex) });
  }
  out.sort((a, b) => compareKeys(a.key, b.key) || (a.d.pointer < b.d.pointer ? -1 : a.d.pointer > b.d.pointer ? 1 : 0));
  return out.map((o) => o.d);
}
