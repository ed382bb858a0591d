/**
 * The safety net every structural edit passes through: an edit may not cut states off from their
 * scope's start, nor leave a scope with no way to end. Problems the definition already had are
 * tolerated (the user may be half-way through an edit in the code); only new ones are refused.
 */
import type { StateMachine } from '../types';
import { fail, q } from './result';
import { forEachScope, ownState, stateEntries, updateScope } from './scopes';
import { removeKeys } from './statesObject';
import { isTerminalType, successors } from './transitions';
import type { OpError, OpResult, OrphanOptions, ScopeStep } from './types';

interface Health {
  /** Unreachable state -> the scope it is in. */
  unreachable: Map<string, ScopeStep[]>;
  /** Scopes (by key) where no reachable state ends the scope. */
  noTerminal: Set<string>;
}

const cache = new WeakMap<StateMachine, Health>();

function scopeKey(path: readonly ScopeStep[]): string {
  return JSON.stringify(path.map((s) => ('parallel' in s ? [s.parallel, s.branch] : [s.map])));
}

/** Reachability of every scope (cached per definition object; definitions are never mutated). */
function health(def: StateMachine): Health {
  const cached = cache.get(def);
  if (cached) return cached;
  const result: Health = { unreachable: new Map(), noTerminal: new Set() };
  forEachScope(def, (frag, path) => {
    const seen = new Set<string>();
    const todo = ownState(frag, frag.StartAt) ? [frag.StartAt] : [];
    let ends = false;
    while (todo.length > 0) {
      const name = todo.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      const state = ownState(frag, name);
      if (state === null || typeof state !== 'object') continue;
      if (isTerminalType(state) || (state as { End?: unknown }).End === true) ends = true;
      for (const next of successors(state)) if (!seen.has(next) && ownState(frag, next) !== undefined) todo.push(next);
    }
    for (const [name] of stateEntries(frag)) if (!seen.has(name)) result.unreachable.set(name, path);
    if (!ends) result.noTerminal.add(scopeKey(path));
  });
  cache.set(def, result);
  return result;
}

function newOrphans(before: StateMachine, after: StateMachine): Map<string, ScopeStep[]> {
  const was = health(before).unreachable;
  return new Map([...health(after).unreachable].filter(([name]) => !was.has(name)));
}

/** What an edit broke that was not broken before, if anything. */
export function checkEdit(before: StateMachine, after: StateMachine): OpError | undefined {
  const orphans = [...newOrphans(before, after).keys()];
  if (orphans.length > 0) {
    const list = orphans.map(q).join(', ');
    const verb = orphans.length === 1 ? 'it' : 'them';
    return fail('WOULD_ORPHAN', `This edit would leave ${list} unreachable: no state would lead to ${verb}.`).error;
  }
  const was = health(before).noTerminal;
  if ([...health(after).noTerminal].some((k) => !was.has(k))) {
    return fail('NO_TERMINAL', 'This edit would leave a scope with no way to end (no reachable Succeed, Fail or End: true).').error;
  }
  return undefined;
}

/** Deletes the states an edit cut off (they were reachable in `before`, are not in `after`). */
export function dropOrphans(before: StateMachine, after: StateMachine): StateMachine {
  const byScope = new Map<string, { path: ScopeStep[]; names: Set<string> }>();
  for (const [name, path] of newOrphans(before, after)) {
    const key = scopeKey(path);
    const entry = byScope.get(key) ?? { path, names: new Set<string>() };
    entry.names.add(name);
    byScope.set(key, entry);
  }
  let out = after;
  for (const { path, names } of byScope.values()) {
    out = updateScope(out, path, (frag) => ({ ...frag, States: removeKeys(frag.States, names) }));
  }
  return out;
}

/** Runs the safety net on an edit's result and wraps it as an operation result. */
export function finishEdit<E extends object>(
  before: StateMachine,
  after: StateMachine,
  extra: E,
  options: OrphanOptions = {},
): OpResult<E> {
  const result = options.removeOrphans ? dropOrphans(before, after) : after;
  const problem = checkEdit(before, result);
  return problem ? { ok: false, error: problem } : { ok: true, definition: result, ...extra };
}
