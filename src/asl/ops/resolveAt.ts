/** Turning an insertion point (`InsertAt`) into a concrete place in one scope. */
import type { StateMachine } from '../types';
import { locateState } from './locate';
import { fail, q, value } from './result';
import { scopeAt, stateEntries } from './scopes';
import { edgeTarget, isTerminalType } from './transitions';
import type { EdgeField, InsertAt, Outcome, ScopeRef, ScopeStep } from './types';

/** A resolved insertion point. `scopePath` is the scope the new state will live in. */
export type Placement =
  | { kind: 'edge'; scopePath: ScopeStep[]; from: string; field: EdgeField; target: string | undefined }
  | { kind: 'start'; scopePath: ScopeStep[]; target: string | undefined }
  | { kind: 'before'; scopePath: ScopeStep[]; anchor: string }
  | { kind: 'emptyBranch'; scopePath: ScopeStep[]; ownerPath: ScopeStep[]; parallel: string; branch: number }
  | { kind: 'emptyProcessor'; scopePath: ScopeStep[]; ownerPath: ScopeStep[]; map: string }
  | { kind: 'emptyMachine'; scopePath: ScopeStep[] };

/** The scope path of a scope reference, if that scope exists. */
export function resolveScope(def: StateMachine, ref: ScopeRef): Outcome<ScopeStep[]> {
  if (ref === 'machine') return value([]);
  const owner = 'parallel' in ref ? ref.parallel : ref.map;
  const loc = locateState(def, owner);
  if (!loc) return fail('NOT_FOUND', `There is no state ${q(owner)}.`);
  const path = [...loc.scopePath, ref];
  if (!scopeAt(def, path)) {
    return 'parallel' in ref
      ? fail('NOT_FOUND', `${q(owner)} is not a Parallel state with a branch ${ref.branch + 1}.`)
      : fail('NOT_FOUND', `${q(owner)} is not a Map state with an item processor.`);
  }
  return value(path);
}

/** Resolves where a state goes; refuses points that do not exist or where nothing can follow. */
export function resolveAt(def: StateMachine, at: InsertAt): Outcome<Placement> {
  if ('edge' in at) {
    const edge = at.edge;
    if ('start' in edge) {
      const path = resolveScope(def, edge.start);
      if (!path.ok) return path;
      const frag = scopeAt(def, path.value);
      const empty = !frag || stateEntries(frag).length === 0;
      return value({ kind: 'start', scopePath: path.value, target: empty ? undefined : frag.StartAt });
    }
    const loc = locateState(def, edge.from);
    if (!loc) return fail('NOT_FOUND', `There is no state ${q(edge.from)}.`);
    const target = edgeTarget(loc.state, edge.field);
    if (!target) return fail('EDGE_NOT_FOUND', `${q(edge.from)} has no such transition.`);
    return value({ kind: 'edge', scopePath: loc.scopePath, from: edge.from, field: edge.field, target: target.target });
  }
  if ('before' in at) {
    const loc = locateState(def, at.before);
    if (!loc) return fail('NOT_FOUND', `There is no state ${q(at.before)}.`);
    return value({ kind: 'before', scopePath: loc.scopePath, anchor: at.before });
  }
  if ('after' in at) return resolveAfter(def, at.after);
  if ('emptyBranch' in at) {
    const { parallel, branch } = at.emptyBranch;
    const loc = locateState(def, parallel);
    if (!loc) return fail('NOT_FOUND', `There is no state ${q(parallel)}.`);
    if (loc.state.Type !== 'Parallel') return fail('WRONG_TYPE', `${q(parallel)} is not a Parallel state.`);
    const branches = Array.isArray(loc.state.Branches) ? loc.state.Branches : [];
    if (!Number.isInteger(branch) || branch < 0 || branch > branches.length) {
      return fail('NOT_FOUND', `${q(parallel)} has no branch ${branch + 1}.`);
    }
    if (branch < branches.length && stateEntries(branches[branch]).length > 0) {
      return fail('SCOPE_NOT_EMPTY', `Branch ${branch + 1} of ${q(parallel)} is not empty: insert on one of its edges instead.`);
    }
    const scopePath = [...loc.scopePath, { parallel, branch }];
    return value({ kind: 'emptyBranch', scopePath, ownerPath: loc.scopePath, parallel, branch });
  }
  if ('emptyProcessor' in at) {
    const { map } = at.emptyProcessor;
    const loc = locateState(def, map);
    if (!loc) return fail('NOT_FOUND', `There is no state ${q(map)}.`);
    if (loc.state.Type !== 'Map') return fail('WRONG_TYPE', `${q(map)} is not a Map state.`);
    const processor = scopeAt(def, [...loc.scopePath, { map }]);
    if (processor && stateEntries(processor).length > 0) {
      return fail('SCOPE_NOT_EMPTY', `The item processor of ${q(map)} is not empty: insert on one of its edges instead.`);
    }
    return value({ kind: 'emptyProcessor', scopePath: [...loc.scopePath, { map }], ownerPath: loc.scopePath, map });
  }
  if (stateEntries(def).length > 0) return fail('SCOPE_NOT_EMPTY', 'The state machine is not empty: insert on one of its edges instead.');
  return value({ kind: 'emptyMachine', scopePath: [] });
}

/**
 * `after: name` is the edge out of `name`: its Next (or its edge into End). A Choice has no single
 * way out, so the new state goes on its Default; a Choice without Default, a Succeed and a Fail
 * have nothing after them and are refused.
 */
function resolveAfter(def: StateMachine, name: string): Outcome<Placement> {
  const loc = locateState(def, name);
  if (!loc) return fail('NOT_FOUND', `There is no state ${q(name)}.`);
  const state = loc.state;
  if (isTerminalType(state)) {
    return fail('NO_SUCCESSOR', `${q(name)} is a ${state.Type} state: nothing can follow it. Insert before it instead.`);
  }
  const field: EdgeField = state.Type === 'Choice' ? 'Default' : 'Next';
  const target = edgeTarget(state, field);
  if (!target) {
    return state.Type === 'Choice'
      ? fail('NO_SUCCESSOR', `Choice ${q(name)} has no Default: insert on one of its rules instead.`)
      : fail('NO_SUCCESSOR', `${q(name)} has neither Next nor End.`);
  }
  return value({ kind: 'edge', scopePath: loc.scopePath, from: name, field, target: target.target });
}
