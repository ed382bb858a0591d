/**
 * A minimal, dependency-free walk over an ASL definition, used only by the fixture corpus test.
 *
 * It is deliberately independent of the project's validator (src/asl/validate*), so the corpus
 * can vouch for that validator instead of trusting it.
 */
import type { JsonObject, JsonValue } from '../types';

export type QueryLanguageName = 'JSONPath' | 'JSONata';

/** One state with where it sits: its scope (top level, a branch, a processor) and query language. */
export interface WalkedState {
  name: string;
  state: JsonObject;
  /** Human-readable location, e.g. `States.Fan/Branches[1]`. */
  scopePath: string;
  queryLanguage: QueryLanguageName;
}

/** A set of states that can reach each other: the machine itself, a Parallel branch, a Map processor. */
export interface Scope {
  path: string;
  kind: 'machine' | 'branch' | 'processor' | 'iterator';
  machine: JsonObject;
  startAt: JsonValue | undefined;
  states: Record<string, JsonObject>;
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The nested state machines of a state: Parallel branches, Map ItemProcessor or legacy Iterator. */
export function childMachines(state: JsonObject, at: string): { path: string; kind: Scope['kind']; machine: JsonObject }[] {
  const out: { path: string; kind: Scope['kind']; machine: JsonObject }[] = [];
  const branches = state.Branches;
  if (Array.isArray(branches)) {
    branches.forEach((branch, i) => {
      if (isObject(branch)) out.push({ path: `${at}/Branches[${i}]`, kind: 'branch', machine: branch });
    });
  }
  for (const [key, kind] of [['ItemProcessor', 'processor'], ['Iterator', 'iterator']] as const) {
    const machine = state[key];
    if (isObject(machine)) out.push({ path: `${at}/${key}`, kind, machine });
  }
  return out;
}

/** Every scope of the definition, outermost first. */
export function collectScopes(definition: JsonObject): Scope[] {
  const scopes: Scope[] = [];
  const visit = (machine: JsonObject, path: string, kind: Scope['kind']): void => {
    const states = isObject(machine.States) ? (machine.States as Record<string, JsonObject>) : {};
    scopes.push({ path, kind, machine, startAt: machine.StartAt, states });
    for (const [name, state] of Object.entries(states)) {
      if (!isObject(state)) continue;
      for (const child of childMachines(state, `${path}/States.${name}`)) visit(child.machine, child.path, child.kind);
    }
  };
  visit(definition, '', 'machine');
  return scopes;
}

/**
 * Every state of the machine, nested ones included, with its effective query language
 * (its own `QueryLanguage`, else the top-level one, else JSONPath).
 */
export function collectStates(definition: JsonObject): WalkedState[] {
  const top: QueryLanguageName = definition.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath';
  const out: WalkedState[] = [];
  for (const scope of collectScopes(definition)) {
    for (const [name, state] of Object.entries(scope.states)) {
      if (!isObject(state)) continue;
      const own = state.QueryLanguage;
      const queryLanguage: QueryLanguageName = own === 'JSONata' || own === 'JSONPath' ? own : top;
      out.push({ name, state, scopePath: scope.path, queryLanguage });
    }
  }
  return out;
}

/** The transitions out of a state: Next, Default, every Choice rule's Next and every Catch Next. */
export function transitionsOf(state: JsonObject): string[] {
  const targets: string[] = [];
  const add = (value: JsonValue | undefined): void => {
    if (typeof value === 'string') targets.push(value);
  };
  add(state.Next);
  add(state.Default);
  for (const list of [state.Choices, state.Catch]) {
    if (!Array.isArray(list)) continue;
    for (const rule of list) if (isObject(rule)) add(rule.Next);
  }
  return targets;
}

/** Names of the states reachable from `StartAt` inside one scope. */
export function reachableStates(scope: Scope): Set<string> {
  const seen = new Set<string>();
  const queue = typeof scope.startAt === 'string' ? [scope.startAt] : [];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name) || !(name in scope.states)) continue;
    seen.add(name);
    queue.push(...transitionsOf(scope.states[name]));
  }
  return seen;
}

/** Calls `visit` on every string inside a JSON value, with the key path that leads to it. */
export function forEachString(value: JsonValue | undefined, visit: (text: string, keys: string[]) => void, keys: string[] = []): void {
  if (typeof value === 'string') visit(value, keys);
  else if (Array.isArray(value)) value.forEach((item, i) => forEachString(item, visit, [...keys, String(i)]));
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) forEachString(item, visit, [...keys, key]);
}
