/**
 * A flat index of a definition for the semantic rules: every scope (the machine, each Parallel
 * branch, each Map ItemProcessor / Iterator) and every state, with its pointer and its effective
 * query language. Built with an explicit work list, so deep nesting cannot overflow the stack,
 * and in one pass, so every rule stays linear.
 */
import { childPointer } from '../pointer';
import type { JsonObject, JsonValue, QueryLanguage } from '../types';
import { get, getArray, getObject, getString, hasPlaceholder, isObject } from './json';

export type ScopeKind = 'machine' | 'branch' | 'itemProcessor' | 'iterator';

export interface ScopeInfo {
  kind: ScopeKind;
  /** Pointer of the object holding StartAt and States ('' for the machine). */
  pointer: string;
  fragment: JsonObject;
  /** The States object, when it is one. */
  statesObject: JsonObject | undefined;
  states: StateInfo[];
  /** The Map or Parallel state that owns this scope (undefined for the machine). */
  owner: StateInfo | undefined;
  /** States here run in an EXPRESS workflow (the machine, or a distributed Map's EXPRESS children). */
  express: boolean;
}

export interface StateInfo {
  name: string;
  pointer: string;
  value: JsonValue;
  /** The state as an object, when it is one. */
  obj: JsonObject | undefined;
  /** The Type field when it is a string. */
  type: string | undefined;
  /** The effective query language. */
  ql: QueryLanguage;
  /** The state says JSONPath inside a JSONata machine (AWS rejects it). */
  downgraded: boolean;
  scope: ScopeInfo;
}

export interface Model {
  root: JsonObject;
  machineQl: QueryLanguage;
  scopes: ScopeInfo[];
  states: StateInfo[];
}

/** AWS: a state is JSONPath only when its QueryLanguage is exactly "JSONPath"; absent, it follows the machine. */
function resolveQl(raw: JsonValue | undefined, inherited: QueryLanguage): QueryLanguage {
  if (raw === undefined || hasPlaceholder(raw)) return inherited;
  return raw === 'JSONPath' ? 'JSONPath' : 'JSONata';
}

/** The ProcessorConfig of a Map (ItemProcessor's, or the legacy Iterator's), if any. */
export function processorConfigOf(map: JsonObject): JsonObject | undefined {
  return getObject(getObject(map, 'ItemProcessor') ?? getObject(map, 'Iterator') ?? {}, 'ProcessorConfig');
}

/** True for a Map whose processor runs in DISTRIBUTED mode. */
export function isDistributedMap(map: JsonObject): boolean {
  const config = processorConfigOf(map);
  return config !== undefined && get(config, 'Mode') === 'DISTRIBUTED';
}

/** Builds the index. `express` marks the whole machine as an EXPRESS workflow. */
export function buildModel(root: JsonObject, express: boolean): Model {
  const machineQl = resolveQl(get(root, 'QueryLanguage'), 'JSONPath');
  const model: Model = { root, machineQl, scopes: [], states: [] };
  const work: ScopeInfo[] = [makeScope('machine', '', root, undefined, express)];
  while (work.length > 0) {
    const scope = work.pop() as ScopeInfo;
    model.scopes.push(scope);
    if (!scope.statesObject) continue;
    for (const name of Object.keys(scope.statesObject)) {
      const value = scope.statesObject[name];
      const obj = isObject(value) ? value : undefined;
      // AWS: states inside a branch or ItemProcessor follow the state machine's language, not
      // the enclosing Map's or Parallel's.
      const ql = obj ? resolveQl(get(obj, 'QueryLanguage'), machineQl) : machineQl;
      const state: StateInfo = {
        name,
        pointer: childPointer(scope.pointer, 'States', name),
        value,
        obj,
        type: obj ? getString(obj, 'Type') : undefined,
        ql,
        downgraded: machineQl === 'JSONata' && obj !== undefined && get(obj, 'QueryLanguage') === 'JSONPath',
        scope,
      };
      scope.states.push(state);
      model.states.push(state);
      if (obj) work.push(...childScopes(state, obj, scope.express));
    }
  }
  return model;
}

function makeScope(kind: ScopeKind, pointer: string, fragment: JsonObject, owner: StateInfo | undefined, express: boolean): ScopeInfo {
  return { kind, pointer, fragment, statesObject: getObject(fragment, 'States'), states: [], owner, express };
}

function childScopes(state: StateInfo, obj: JsonObject, express: boolean): ScopeInfo[] {
  const out: ScopeInfo[] = [];
  if (state.type === 'Parallel') {
    (getArray(obj, 'Branches') ?? []).forEach((b, i) => {
      if (isObject(b)) out.push(makeScope('branch', childPointer(state.pointer, 'Branches', i), b, state, express));
    });
  } else if (state.type === 'Map') {
    const processor = getObject(obj, 'ItemProcessor');
    if (processor) {
      out.push(makeScope('itemProcessor', childPointer(state.pointer, 'ItemProcessor'), processor, state, childExpress(obj, express)));
    }
    const iterator = getObject(obj, 'Iterator');
    if (iterator) out.push(makeScope('iterator', childPointer(state.pointer, 'Iterator'), iterator, state, childExpress(obj, express)));
  }
  return out.reverse();
}

/** A distributed Map's children are their own workflows, of the ExecutionType it names. */
function childExpress(map: JsonObject, express: boolean): boolean {
  if (!isDistributedMap(map)) return express;
  const type = get(processorConfigOf(map) ?? {}, 'ExecutionType');
  if (type === 'EXPRESS') return true;
  if (type === 'STANDARD') return false;
  return express;
}
