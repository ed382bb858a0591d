/** Pointing every reference to one state somewhere else, within one scope. */
import type { ChoiceState, State, StateMachineFragment } from '../types';
import { fail, q, value } from './result';
import { setOwn } from './statesObject';
import { catchersOf, isTerminalType, rulesOf, withTransition, without } from './transitions';
import type { Outcome } from './types';

/**
 * Rewrites every reference to `from` in a scope (StartAt, Next, Default, top-level Choice rule
 * Next, Catch Next) to `to`. When `to` is undefined the references go away instead: a Next
 * becomes `End: true`, a Default is dropped, a Choice rule or catcher is removed. States in
 * `skip` are left alone (the state being deleted). Untouched states keep their identity.
 */
export function redirectRefs(
  frag: StateMachineFragment,
  from: string,
  to: string | undefined,
  skip: ReadonlySet<string> = new Set(),
): Outcome<StateMachineFragment> {
  let states: Record<string, State> | undefined;
  for (const [name, state] of Object.entries(frag.States)) {
    if (skip.has(name) || state === null || typeof state !== 'object') continue;
    const next = redirectInState(name, state, from, to);
    if (!next.ok) return next;
    if (next.value !== state) {
      states ??= { ...frag.States };
      setOwn(states, name, next.value);
    }
  }
  let result: StateMachineFragment = states ? { ...frag, States: states } : frag;
  if (frag.StartAt === from) {
    if (to === undefined) {
      return fail('START_HAS_NO_SUCCESSOR', `${q(from)} is where the scope starts and has no next state to start from instead.`);
    }
    result = { ...result, StartAt: to };
  }
  return value(result);
}

function redirectInState(name: string, state: State, from: string, to: string | undefined): Outcome<State> {
  let out: State = state;
  if (state.Type === 'Choice') {
    const choice = redirectChoice(name, state, from, to);
    if (!choice.ok) return choice;
    out = choice.value;
  } else if (!isTerminalType(state) && state.Next === from) {
    out = withTransition(state, to);
  }
  const catchers = catchersOf(out);
  if (catchers.some((c) => c?.Next === from)) {
    const rewired = to === undefined
      ? catchers.filter((c) => c?.Next !== from)
      : catchers.map((c) => (c?.Next === from ? { ...c, Next: to } : c));
    out = rewired.length > 0 ? ({ ...out, Catch: rewired } as State) : without(out, ['Catch']);
  }
  return value(out);
}

function redirectChoice(name: string, state: ChoiceState, from: string, to: string | undefined): Outcome<State> {
  let out: ChoiceState = state;
  const rules = rulesOf(state);
  if (rules.some((r) => r?.Next === from)) {
    const rewired = to === undefined
      ? rules.filter((r) => r?.Next !== from)
      : rules.map((r) => (r?.Next === from ? { ...r, Next: to } : r));
    if (rewired.length === 0) {
      return fail(
        'CHOICE_WOULD_BE_EMPTY',
        `Choice ${q(name)} would be left without rules: every rule leads to ${q(from)}, which has no next state. Edit ${q(name)} first.`,
      );
    }
    out = { ...out, Choices: rewired };
  }
  if (state.Default === from) out = to === undefined ? without(out, ['Default']) : { ...out, Default: to };
  return value(out);
}
