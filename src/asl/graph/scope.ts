/** Reading the loosely-typed parts of a definition without trusting them. */
import type { QueryLanguage } from '../types';

export type Obj = Record<string, unknown>;

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `QueryLanguage` a value sets, or `inherited` when it sets none (or an invalid one). */
export function queryLanguageOf(value: Obj, inherited: QueryLanguage): QueryLanguage {
  const ql = value.QueryLanguage;
  return ql === 'JSONata' || ql === 'JSONPath' ? ql : inherited;
}

/** A nested state machine as found in the definition: the top level, a Parallel branch or a Map processor. */
export interface Fragment {
  /** JSON pointer of the fragment ('' for the top level). */
  pointer: string;
  /** The object holding StartAt and States (anything, for broken definitions). */
  value: unknown;
}

/** The fragments directly inside a state: its branches (Parallel) or its processor (Map). */
export function innerFragments(state: Obj, pointer: string): Fragment[] {
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
    return state.Branches.map((value: unknown, i) => ({ pointer: `${pointer}/Branches/${i}`, value }));
  }
  if (state.Type === 'Map') {
    if (isObject(state.ItemProcessor)) return [{ pointer: `${pointer}/ItemProcessor`, value: state.ItemProcessor }];
    if (isObject(state.Iterator)) return [{ pointer: `${pointer}/Iterator`, value: state.Iterator }];
  }
  return [];
}

/** The states of a fragment as [name, value] pairs, in the object's order; nothing when States is not an object. */
export function statesOf(fragment: unknown): [string, unknown][] {
  if (!isObject(fragment) || !isObject(fragment.States)) return [];
  return Object.entries(fragment.States);
}

/** Every state name anywhere in the definition, for id collision checks. */
export function collectStateNames(root: unknown, into = new Set<string>()): Set<string> {
  for (const [name, state] of statesOf(root)) {
    into.add(name);
    if (isObject(state)) for (const inner of innerFragments(state, '')) collectStateNames(inner.value, into);
  }
  return into;
}
