import type { JsonObject, JsonValue } from '../types';
import type { PathFunctionName, Segment } from './ast';
import { compileFilter } from './compileFilter';
import { getOwn, isObject, isUnsafeKey, setOwn } from './own';
import type { PathContext, PathResult } from './types';

/** Applies one segment to one node, pushing every match onto `out` (indefinite evaluation). */
export type Applier = (node: JsonValue, out: JsonValue[], root: JsonValue, ctx: PathContext) => void;

/** Reads a property, safely for keys that exist on Object.prototype (decided once). */
export function propReader(name: string): (obj: JsonObject) => JsonValue | undefined {
  return isUnsafeKey(name) ? (obj) => getOwn(obj, name) : (obj) => obj[name];
}

/** Index into an array; negative counts from the end. */
export function atIndex(arr: JsonValue[], index: number): JsonValue | undefined {
  return arr[index < 0 ? arr.length + index : index];
}

/** Jayway's merge of `['a','b']` at a leaf: one object with the keys that exist. */
export function mergeProps(node: JsonValue, names: readonly string[]): JsonValue | undefined {
  if (!isObject(node)) return undefined;
  const merged: JsonObject = {};
  for (const name of names) {
    const v = getOwn(node, name);
    if (v !== undefined) setOwn(merged, name, v);
  }
  return merged;
}

/**
 * Compiles a segment into an {@link Applier}. Kinds that cannot match a node's type simply push
 * nothing: in an indefinite path Jayway skips what is missing instead of failing.
 */
export function compileSegment(seg: Segment, isLeaf: boolean): Applier {
  switch (seg.kind) {
    case 'prop': {
      const read = propReader(seg.name);
      return (node, out) => {
        if (isObject(node)) {
          const v = read(node);
          if (v !== undefined) out.push(v);
        }
      };
    }
    case 'props': {
      const names = seg.names;
      if (isLeaf) {
        return (node, out) => {
          const merged = mergeProps(node, names);
          if (merged !== undefined) out.push(merged);
        };
      }
      const readers = names.map(propReader);
      return (node, out) => {
        if (!isObject(node)) return;
        for (const read of readers) {
          const v = read(node);
          if (v !== undefined) out.push(v);
        }
      };
    }
    case 'index': {
      const index = seg.index;
      return (node, out) => {
        if (Array.isArray(node)) {
          const v = atIndex(node, index);
          if (v !== undefined) out.push(v);
        }
      };
    }
    case 'indexes': {
      const indexes = seg.indexes;
      return (node, out) => {
        if (!Array.isArray(node)) return;
        for (const i of indexes) {
          const v = atIndex(node, i);
          if (v !== undefined) out.push(v);
        }
      };
    }
    case 'slice': {
      const { start, end } = seg;
      return (node, out) => {
        if (!Array.isArray(node)) return;
        const len = node.length;
        const from = clamp(start === null ? 0 : start < 0 ? len + start : start, len);
        const to = clamp(end === null ? len : end < 0 ? len + end : end, len);
        for (let i = from; i < to; i++) out.push(node[i]);
      };
    }
    case 'wildcard':
      return (node, out) => {
        if (Array.isArray(node)) for (const v of node) out.push(v);
        else if (isObject(node)) for (const k of Object.keys(node)) out.push(node[k]);
      };
    case 'scan': {
      const inner = compileSegment(seg.target, isLeaf);
      const walk: Applier = (node, out, root, ctx) => {
        inner(node, out, root, ctx);
        if (Array.isArray(node)) for (const v of node) walk(v, out, root, ctx);
        else if (isObject(node)) for (const k of Object.keys(node)) walk(node[k], out, root, ctx);
      };
      return walk;
    }
    case 'filter': {
      const test = compileFilter(seg.expr);
      return (node, out, root, ctx) => {
        // Jayway filters the elements of an array, but tests an object itself.
        if (Array.isArray(node)) {
          for (const v of node) if (test(v, root, ctx)) out.push(v);
        } else if (isObject(node) && test(node, root, ctx)) out.push(node);
      };
    }
    case 'function':
      return (node, out) => {
        const v = applyFunction(seg.name, node);
        if (v !== undefined) out.push(v);
      };
  }
}

function clamp(n: number, len: number): number {
  return n < 0 ? 0 : n > len ? len : n;
}

/** Jayway's path functions (`$.items.length()`), applied to the selected value. */
export function applyFunction(name: PathFunctionName, value: PathResult): PathResult {
  if (value === undefined) return undefined;
  switch (name) {
    case 'length':
    case 'size':
      if (Array.isArray(value) || typeof value === 'string') return value.length;
      return isObject(value) ? Object.keys(value).length : undefined;
    case 'keys':
      return isObject(value) ? Object.keys(value) : undefined;
    case 'first':
      return Array.isArray(value) ? value[0] : undefined;
    case 'last':
      return Array.isArray(value) ? value[value.length - 1] : undefined;
    default:
      return aggregate(name, value);
  }
}

function aggregate(name: 'min' | 'max' | 'avg' | 'sum', value: JsonValue): PathResult {
  if (!Array.isArray(value)) return undefined;
  const nums = value.filter((v): v is number => typeof v === 'number');
  if (nums.length === 0) return undefined; // Jayway: "Aggregation function attempted to calculate value using empty array"
  switch (name) {
    case 'min':
      return Math.min(...nums);
    case 'max':
      return Math.max(...nums);
    case 'sum':
      return nums.reduce((a, b) => a + b, 0);
    case 'avg':
      return nums.reduce((a, b) => a + b, 0) / nums.length;
  }
}
