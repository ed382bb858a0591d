import { STATE_TYPES } from '../types';
import type { ItemProcessor, MapState, ParallelState, State, StateMachine, StateMachineFragment, StateType } from '../types';
import { FIELDS_BY_TYPE } from './fieldsByType';
import { finishEdit } from './guard';
import { allStateNames, locateState } from './locate';
import { successorOf } from './removeFromScope';
import { done, fail, q } from './result';
import { processorKey, updateScope, withState } from './scopes';
import { PLACEHOLDER_RESOURCE, placeholderFragment, placeholderRule, queryLanguageAt } from './templates';
import { withTransition } from './transitions';
import type { OpResult, OrphanOptions } from './types';

/**
 * Changes a state's type, keeping every field the new type still allows (Comment, paths, Assign,
 * Next/End, Retry/Catch...) in place and dropping the rest. Adds what the new type needs: a Task
 * gets a placeholder Resource, a Wait `Seconds: 5`, a Choice one placeholder rule and a Default
 * that both lead to the old Next, a Parallel/Map one branch/processor with a Pass state (Parallel
 * <-> Map keep the first branch/processor instead). A Choice that becomes another type continues
 * to its old Default (else its first rule's target); a Succeed/Fail drops Next and predecessors
 * keep leading to it. Refuses `CHOICE_NEEDS_TARGET` (a Choice where nothing follows) and
 * `WOULD_ORPHAN` when dropped transitions (Choice rules, Catch, Next) cut states off, unless
 * `removeOrphans` deletes them.
 * @example
 * changeStateType(def, 'Step', 'Wait') // { Type: 'Wait', Seconds: 5, Next: ... }
 */
export function changeStateType(def: StateMachine, name: string, type: StateType, options: OrphanOptions = {}): OpResult<{ name: string }> {
  const loc = locateState(def, name);
  if (!loc) return fail('NOT_FOUND', `There is no state ${q(name)}.`);
  if (!STATE_TYPES.includes(type)) return fail('INVALID_VALUE', `${q(type)} is not a state type.`);
  const old = loc.state;
  if (old.Type === type) return done(def, { name });
  const successor = successorOf(name, old);
  const allowed = FIELDS_BY_TYPE[type];
  // Parameters of a Map is the legacy ItemSelector: same name, another meaning.
  const dropParameters = old.Type === 'Map' || type === 'Map';
  const kept = Object.entries(old).filter(([k]) => allowed.has(k) && !(k === 'Parameters' && dropParameters));
  let next = Object.fromEntries(kept.map(([k, v]) => [k, k === 'Type' ? type : v])) as Record<string, unknown>;
  const taken = new Set(allStateNames(def));
  switch (type) {
    case 'Task':
      next.Resource ??= PLACEHOLDER_RESOURCE;
      break;
    case 'Wait':
      if (!['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath'].some((k) => k in next)) next.Seconds = 5;
      break;
    case 'Choice':
      if (successor === undefined) {
        return fail('CHOICE_NEEDS_TARGET', `Nothing follows ${q(name)}, so a Choice there would have nowhere to go. Give it a next state first.`);
      }
      next = { ...next, Choices: [placeholderRule(successor, queryLanguageAt(def, loc.scopePath, old))], Default: successor };
      break;
    case 'Parallel':
      next.Branches = [old.Type === 'Map' ? branchFromProcessor(old, taken) : placeholderFragment(taken)];
      break;
    case 'Map':
      next.ItemProcessor = old.Type === 'Parallel' ? processorFromBranch(old, taken) : { ProcessorConfig: { Mode: 'INLINE' }, ...placeholderFragment(taken) };
      break;
    default:
      break;
  }
  let state = next as unknown as State;
  if (type !== 'Choice' && type !== 'Succeed' && type !== 'Fail') state = withTransition(state, successor);
  const after = updateScope(def, loc.scopePath, (frag) => withState(frag, name, state));
  return finishEdit(def, after, { name }, options);
}

function branchFromProcessor(map: MapState, taken: Set<string>): StateMachineFragment {
  const processor = map[processorKey(map)];
  if (!processor) return placeholderFragment(taken);
  const { ProcessorConfig: _config, ...branch } = processor as ItemProcessor;
  return branch;
}

function processorFromBranch(parallel: ParallelState, taken: Set<string>): ItemProcessor {
  const first = Array.isArray(parallel.Branches) ? parallel.Branches[0] : undefined;
  return { ProcessorConfig: { Mode: 'INLINE' }, ...(first ?? placeholderFragment(taken)) };
}
