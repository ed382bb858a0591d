/** The edges leaving one state: Next, Choice rules, Default, catchers and the end of its scope. */
import type { GraphEdge, GraphEdgeKind, UnresolvedRef } from './types';
import { catchText, choiceRuleText, truncateLabel } from './labels';
import { isObject, type Obj } from './scope';

/** What edge building needs to know about the scope it works in. */
export interface EdgeScope {
  /** State name -> node id, for the states of this scope only (ASL: a Next cannot leave its scope). */
  local: ReadonlyMap<string, string>;
  /** Every state name of the definition, to tell "other scope" from "no such state". */
  allNames: ReadonlySet<string>;
  endId: string;
  edges: GraphEdge[];
  unresolved: UnresolvedRef[];
}

interface EdgeInfo {
  kind: GraphEdgeKind;
  pointer: string;
  label?: string;
  title?: string;
  errors?: string[];
}

/** Adds an edge from `source` to the state named `target`, or records why there is none. */
export function link(scope: EdgeScope, source: string, target: unknown, info: EdgeInfo): void {
  const id = typeof target === 'string' ? scope.local.get(target) : undefined;
  if (id === undefined) {
    const reason = typeof target !== 'string' ? 'not-a-string' : scope.allNames.has(target) ? 'other-scope' : 'unknown-state';
    const ref: UnresolvedRef = { source, kind: info.kind, pointer: info.pointer, reason };
    if (typeof target === 'string') ref.target = target;
    scope.unresolved.push(ref);
    return;
  }
  scope.edges.push({ id: `${info.kind}:${info.pointer}`, source, target: id, ...info });
}

function labelled(kind: GraphEdgeKind, pointer: string, text: string): EdgeInfo {
  const label = truncateLabel(text);
  return { kind, pointer, label, title: text };
}

function choiceEdges(scope: EdgeScope, id: string, state: Obj, pointer: string): void {
  if (Array.isArray(state.Choices)) {
    state.Choices.forEach((rule: unknown, i) => {
      if (!isObject(rule) || !('Next' in rule)) return;
      const text = choiceRuleText(rule) ?? `Rule ${i + 1}`;
      link(scope, id, rule.Next, labelled('choice', `${pointer}/Choices/${i}/Next`, text));
    });
  }
  if ('Default' in state) link(scope, id, state.Default, { kind: 'default', pointer: `${pointer}/Default`, label: 'Default' });
}

function catchEdges(scope: EdgeScope, id: string, state: Obj, pointer: string): void {
  if (!Array.isArray(state.Catch)) return;
  state.Catch.forEach((catcher: unknown, i) => {
    if (!isObject(catcher) || !('Next' in catcher)) return;
    const errors = Array.isArray(catcher.ErrorEquals) ? catcher.ErrorEquals.filter((e): e is string => typeof e === 'string') : [];
    link(scope, id, catcher.Next, { ...labelled('catch', `${pointer}/Catch/${i}/Next`, catchText(errors)), errors });
  });
}

/** True when the state ends its scope: `End: true`, Succeed or Fail. */
export function isTerminal(state: Obj): boolean {
  return state.End === true || state.Type === 'Succeed' || state.Type === 'Fail';
}

/**
 * All edges leaving a state. Fields that the state's type does not allow (a Next on a Succeed...)
 * still draw: the canvas shows what the definition says, the validator says what is wrong.
 */
export function stateEdges(scope: EdgeScope, id: string, state: Obj, pointer: string): void {
  if ('Next' in state) link(scope, id, state.Next, { kind: 'next', pointer: `${pointer}/Next` });
  if (state.Type === 'Choice' || 'Choices' in state) choiceEdges(scope, id, state, pointer);
  catchEdges(scope, id, state, pointer);
  if (isTerminal(state)) {
    const endPointer = state.End === true ? `${pointer}/End` : pointer;
    scope.edges.push({ id: `end:${endPointer}`, source: id, target: scope.endId, kind: 'end', pointer: endPointer });
  }
}
