/** Key-order-aware edits of a `States` object: new states land next to their neighbours in the text. */
import type { State } from '../types';

/** Where a new key goes: after or before an existing key, else at the end. */
export type KeyPosition = { after: string } | { before: string } | 'end';

/** A copy of `states` with `name: state` added at `position`. */
export function insertKey(states: Record<string, State>, name: string, state: State, position: KeyPosition): Record<string, State> {
  const out: [string, State][] = [];
  let placed = false;
  for (const [k, v] of Object.entries(states)) {
    if (typeof position === 'object' && 'before' in position && position.before === k && !placed) {
      out.push([name, state]);
      placed = true;
    }
    out.push([k, v]);
    if (typeof position === 'object' && 'after' in position && position.after === k && !placed) {
      out.push([name, state]);
      placed = true;
    }
  }
  if (!placed) out.push([name, state]);
  return Object.fromEntries(out);
}

/** A copy of `states` without some keys. */
export function removeKeys(states: Record<string, State>, names: ReadonlySet<string>): Record<string, State> {
  return Object.fromEntries(Object.entries(states).filter(([k]) => !names.has(k)));
}

/** A copy of `states` with one key renamed in place. */
export function renameKey(states: Record<string, State>, from: string, to: string): Record<string, State> {
  return Object.fromEntries(Object.entries(states).map(([k, v]) => [k === from ? to : k, v]));
}

/**
 * Sets an own property. Plain assignment would call the `__proto__` setter for a state that a
 * user named `__proto__` (JSON.parse makes that an ordinary key).
 */
export function setOwn<T>(obj: Record<string, T>, key: string, v: T): void {
  Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
}
