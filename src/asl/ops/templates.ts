/** Default content of new states, mirroring what Workflow Studio puts in a freshly dropped state. */
import type { ChoiceRule, QueryLanguage, State, StateMachine, StateMachineFragment, StateType } from '../types';
import { uniqueNameAmong } from './names';
import { scopeAt, stepOwner, ownState } from './scopes';
import type { ScopeStep } from './types';

/** The Resource a Task gets until the user picks one (Workflow Studio's default "Lambda Invoke"). */
export const PLACEHOLDER_RESOURCE = 'arn:aws:states:::lambda:invoke';

/** A scope with one Pass state, named uniquely against `taken` (which it extends). */
export function placeholderFragment(taken: Set<string>): StateMachineFragment {
  const name = uniqueNameAmong(taken, 'Pass');
  taken.add(name);
  const states: Record<string, State> = {};
  Object.defineProperty(states, name, { value: { Type: 'Pass', End: true }, enumerable: true, writable: true, configurable: true });
  return { StartAt: name, States: states };
}

/**
 * A Choice rule that validates and reads naturally, for a Choice that needs one. JSONPath rules
 * compare a Variable; JSONata rules have a Condition instead.
 */
export function placeholderRule(next: string, queryLanguage: QueryLanguage): ChoiceRule {
  return queryLanguage === 'JSONata'
    ? { Condition: '{% $exists($states.input.value) %}', Next: next }
    : { Variable: '$.value', IsPresent: true, Next: next };
}

/**
 * A new state of a type with the defaults Workflow Studio gives it. Transitions (Next/End, a
 * Choice's rule targets and Default) are filled in where it is inserted; nested placeholder states
 * are renamed there if their names are taken.
 * @example newState('Wait') // { Type: 'Wait', Seconds: 5 }
 */
export function newState(type: StateType): State {
  switch (type) {
    case 'Task':
      return { Type: 'Task', Resource: PLACEHOLDER_RESOURCE };
    case 'Wait':
      return { Type: 'Wait', Seconds: 5 };
    case 'Choice':
      return { Type: 'Choice', Choices: [] };
    case 'Parallel':
      return { Type: 'Parallel', Branches: [placeholderFragment(new Set())] };
    case 'Map':
      return { Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, ...placeholderFragment(new Set()) } };
    case 'Pass':
    case 'Succeed':
    case 'Fail':
      return { Type: type };
  }
}

/**
 * The query language that applies to a state in a scope: its own, else the nearest enclosing
 * state's or fragment's, else the machine's, else JSONPath (the ASL default).
 */
export function queryLanguageAt(def: StateMachine, scopePath: readonly ScopeStep[], state?: State): QueryLanguage {
  if (state?.QueryLanguage) return state.QueryLanguage;
  for (let i = scopePath.length; i > 0; i--) {
    const frag = scopeAt(def, scopePath.slice(0, i));
    if (frag?.QueryLanguage) return frag.QueryLanguage;
    const parent = scopeAt(def, scopePath.slice(0, i - 1));
    const owner = parent && ownState(parent, stepOwner(scopePath[i - 1]));
    if (owner?.QueryLanguage) return owner.QueryLanguage;
  }
  return def.QueryLanguage ?? 'JSONPath';
}
