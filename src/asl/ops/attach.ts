/** Fitting a state into the place it is inserted: its transitions and references must lead somewhere in its scope. */
import type { ChoiceState, QueryLanguage, State } from '../types';
import { fail, q, value } from './result';
import { placeholderRule } from './templates';
import { catchersOf, isTerminalType, rulesOf, withTransition, without } from './transitions';
import type { Outcome } from './types';

/**
 * Makes `state` continue to `target` (or end the scope when `target` is undefined) and drops
 * references that would not resolve in its new scope (`scopeNames`):
 * - Pass/Task/Wait/Parallel/Map: `Next: target` or `End: true`;
 * - Choice: `Default: target`, and every rule without a valid Next goes to `target` (a Choice
 *   with no rules gets one placeholder rule); with no target such a Choice is refused;
 * - Succeed/Fail: no transition at all;
 * - catchers whose Next is not in the scope are removed.
 */
export function attachState(
  name: string,
  state: State,
  target: string | undefined,
  scopeNames: ReadonlySet<string>,
  queryLanguage: QueryLanguage,
): Outcome<State> {
  let out: State;
  if (isTerminalType(state)) {
    out = without(state, ['Next', 'End']);
  } else if (state.Type === 'Choice') {
    const choice = attachChoice(name, state, target, scopeNames, queryLanguage);
    if (!choice.ok) return choice;
    out = choice.value;
  } else {
    out = withTransition(state, target);
  }
  const catchers = catchersOf(out);
  const kept = catchers.filter((c) => typeof c?.Next === 'string' && scopeNames.has(c.Next));
  if (kept.length !== catchers.length) out = kept.length > 0 ? ({ ...out, Catch: kept } as State) : without(out, ['Catch']);
  return value(out);
}

function attachChoice(
  name: string,
  state: ChoiceState,
  target: string | undefined,
  scopeNames: ReadonlySet<string>,
  queryLanguage: QueryLanguage,
): Outcome<State> {
  const resolves = (n: unknown): boolean => typeof n === 'string' && scopeNames.has(n);
  const rules = rulesOf(state);
  const needsTarget = rules.length === 0 || rules.some((r) => !resolves(r?.Next));
  if (needsTarget && target === undefined) {
    return fail('CHOICE_NEEDS_TARGET', `Choice ${q(name)} needs a state to go to, and nothing follows this place. Insert it before another state instead.`);
  }
  let out: ChoiceState = without(state, ['Next', 'End']);
  if (target !== undefined) {
    const fixed = rules.length === 0
      ? [placeholderRule(target, queryLanguage)]
      : rules.map((r) => (resolves(r?.Next) ? r : { ...r, Next: target }));
    out = { ...out, Choices: fixed, Default: target };
  } else if (state.Default !== undefined && !resolves(state.Default)) {
    out = without(out, ['Default']);
  }
  return value(out);
}
