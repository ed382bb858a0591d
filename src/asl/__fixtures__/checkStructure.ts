/**
 * Graph-level checks for the fixture corpus: StartAt, transition targets, reachability, terminal
 * states and machine-wide unique state names.
 */
import type { JsonObject } from '../types';
import type { Scope } from './walkDefinition';
import { collectScopes, isObject, reachableStates, transitionsOf } from './walkDefinition';

// Nested machines get only the fields the developer guide shows for them; a Comment there is
// left out on purpose because AWS's acceptance of it is not documented (the corpus stays on safe ground).
const SCOPE_FIELDS: Record<Scope['kind'], Set<string>> = {
  machine: new Set(['Comment', 'StartAt', 'States', 'Version', 'TimeoutSeconds', 'QueryLanguage']),
  branch: new Set(['StartAt', 'States']),
  processor: new Set(['StartAt', 'States', 'ProcessorConfig']),
  iterator: new Set(['StartAt', 'States']),
};

/** Problems with the shape of the state graph, one readable line each (empty when sound). */
export function checkStructure(definition: JsonObject): string[] {
  const problems: string[] = [];
  const seenNames = new Map<string, string>();
  for (const scope of collectScopes(definition)) {
    const where = scope.path || '(top level)';
    for (const key of Object.keys(scope.machine)) {
      if (!SCOPE_FIELDS[scope.kind].has(key)) problems.push(`${where}: unknown field ${key}`);
    }
    const names = Object.keys(scope.states);
    if (names.length === 0) problems.push(`${where}: States is empty`);
    if (typeof scope.startAt !== 'string' || !(scope.startAt in scope.states)) {
      problems.push(`${where}: StartAt ${JSON.stringify(scope.startAt)} is not a state of this scope`);
    }
    for (const name of names) {
      const state = scope.states[name];
      if (!isObject(state)) {
        problems.push(`${where}: state ${name} is not an object`);
        continue;
      }
      if (name.length === 0 || name.length > 80) problems.push(`${where}: state name "${name}" must have 1 to 80 characters`);
      const previous = seenNames.get(name);
      if (previous !== undefined) problems.push(`state name "${name}" is used in ${previous || '(top level)'} and ${where}`);
      seenNames.set(name, scope.path);
      for (const target of transitionsOf(state)) {
        if (!(target in scope.states)) problems.push(`${where}: ${name} goes to "${target}", which is not in the same scope`);
      }
    }
    const reachable = reachableStates(scope);
    for (const name of names) if (!reachable.has(name)) problems.push(`${where}: ${name} cannot be reached from StartAt`);
    const terminal = names.some((name) => {
      const state = scope.states[name];
      return isObject(state) && (state.End === true || state.Type === 'Succeed' || state.Type === 'Fail');
    });
    if (!terminal) problems.push(`${where}: no terminal state (End, Succeed or Fail)`);
  }
  return problems;
}
