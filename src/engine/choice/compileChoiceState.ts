import type { PathContext } from '../../asl/paths/types';
import type { ChoiceRule, ChoiceState, JsonValue } from '../../asl/types';
import { ChoiceCompileError } from './ChoiceCompileError';
import { compileChoiceRule } from './compileChoiceRule';
import type { ChoicePredicate } from './compileChoiceRule';

/**
 * What a Choice state decides: the next state with the rule that chose it (`index` -1 and `rule` null
 * for `Default`), or `noMatch` when nothing matched and there is no Default (the engine then fails
 * with States.NoChoiceMatched).
 */
export type ChoiceOutcome = { next: string; index: number; rule: ChoiceRule | null } | { noMatch: true };

const NO_MATCH: ChoiceOutcome = Object.freeze({ noMatch: true });

/**
 * Compiles a JSONPath Choice state: its rules are tried in order and the first that holds wins.
 * Outcomes are built once, so a decision allocates nothing.
 * @example compileChoiceState(state)(input, ctx) // { next: 'Public', index: 0, rule: state.Choices[0] }
 */
export function compileChoiceState(state: ChoiceState): (input: JsonValue, ctx: PathContext) => ChoiceOutcome {
  if (!Array.isArray(state.Choices) || state.Choices.length === 0) throw new ChoiceCompileError('A Choice state needs a non-empty Choices array');
  const rules: ChoicePredicate[] = [];
  const outcomes: ChoiceOutcome[] = [];
  state.Choices.forEach((rule, index) => {
    if (typeof rule.Next !== 'string') throw new ChoiceCompileError(`Choices[${index}] has no Next`);
    rules.push(compileChoiceRule(rule));
    outcomes.push(Object.freeze({ next: rule.Next, index, rule }));
  });
  const fallback: ChoiceOutcome = typeof state.Default === 'string' ? Object.freeze({ next: state.Default, index: -1, rule: null }) : NO_MATCH;
  return (input, ctx) => {
    for (let i = 0; i < rules.length; i++) if (rules[i](input, ctx)) return outcomes[i];
    return fallback;
  };
}
