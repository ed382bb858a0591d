/** Immutable set/remove at a path inside a JSON value, copying only the objects on the way. */
import { fail, value } from './result';
import { sameJson } from './sameJson';
import type { Outcome } from './types';

type Container = Record<string, unknown> | unknown[];

/**
 * `obj` with the value at `path` replaced by `v` (`undefined` removes it: an object key is
 * deleted, an array element spliced out). Missing objects on the way are created (a list where the next
 * segment is `-`, which appends to a list). Returns `obj` itself when nothing changes.
 */
export function setIn(obj: unknown, path: readonly string[], v: unknown): Outcome<unknown> {
  if (path.length === 0) return value(v !== undefined && sameJson(obj, v) ? obj : v);
  const [head, ...rest] = path;
  if (obj === undefined || obj === null) {
    if (v === undefined) return value(obj);
    obj = head === '-' ? [] : {};
  }
  if (typeof obj !== 'object') return fail('INVALID_PATH', `Cannot set ${JSON.stringify(head)} inside a ${typeof obj}.`);
  const container = obj as Container;
  if (Array.isArray(container)) {
    const index = head === '-' ? container.length : /^(0|[1-9]\d*)$/.test(head) ? Number(head) : -1;
    if (index < 0 || index > container.length) return fail('INVALID_PATH', `${JSON.stringify(head)} is not an index of that list.`);
    if (rest.length === 0 && v === undefined) {
      return value(index < container.length ? container.filter((_, i) => i !== index) : container);
    }
    const child = setIn(container[index], rest, v);
    if (!child.ok || child.value === container[index]) return child.ok ? value(container) : child;
    const copy = container.slice();
    copy[index] = child.value;
    return value(copy);
  }
  const has = Object.prototype.hasOwnProperty.call(container, head);
  if (rest.length === 0 && v === undefined) {
    if (!has) return value(container);
    const copy = { ...container };
    delete copy[head];
    return value(copy);
  }
  const child = setIn(has ? container[head] : undefined, rest, v);
  if (!child.ok) return child;
  if (has && child.value === container[head]) return value(container);
  if (!has && child.value === undefined) return value(container);
  const copy = { ...container };
  Object.defineProperty(copy, head, { value: child.value, enumerable: true, writable: true, configurable: true });
  return value(copy);
}
