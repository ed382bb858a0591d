/**
 * Choice rules: at least one rule; each JSONPath rule is exactly one test (Variable plus one
 * comparison operator, or And/Or/Not); each JSONata rule has a Condition; only top-level rules
 * carry Next, Assign and Output.
 */
import { childPointer } from '../../pointer';
import { COMPARISON_OPERATORS, type JsonObject, type JsonValue } from '../../types';
import { get, getArray, has, isObject } from '../json';
import type { StateInfo } from '../model';
import type { RuleContext } from './context';

const OPERATORS: readonly string[] = COMPARISON_OPERATORS;
const JSONPATH_TESTS = [...OPERATORS, 'And', 'Or', 'Not'];

/** CHOICE_* rules on every Choice state. */
export function checkChoices(ctx: RuleContext): void {
  for (const state of ctx.model.states) {
    if (state.type !== 'Choice' || !state.obj) continue;
    const choices = getArray(state.obj, 'Choices');
    if (!choices) continue;
    if (choices.length === 0) {
      ctx.reporter.report('CHOICE_NO_CHOICES', childPointer(state.pointer, 'Choices'), `Choice state '${state.name}' needs at least one rule in 'Choices'`);
      continue;
    }
    choices.forEach((rule, i) => {
      if (isObject(rule)) checkTopRule(ctx, state, rule, childPointer(state.pointer, 'Choices', i));
    });
  }
}

function checkTopRule(ctx: RuleContext, state: StateInfo, rule: JsonObject, pointer: string): void {
  if (!has(rule, 'Next')) ctx.reporter.report('SCHEMA_REQUIRED', pointer, "Missing required field 'Next': every top-level Choice rule names the state to run when it matches");
  if (state.ql === 'JSONata') {
    // Variable, operators and And/Or/Not are reported as JSONPath-only fields; no second report here.
    if (!has(rule, 'Condition') && !JSONPATH_TESTS.some((k) => has(rule, k))) {
      ctx.reporter.report('CHOICE_NO_OPERATOR', pointer, "A JSONata Choice rule needs a 'Condition' ({% ... %} that evaluates to true or false)");
    }
    return;
  }
  checkRule(ctx, rule, pointer, false);
}

/** One JSONPath rule, then its nested rules (an explicit stack: nesting can be deep). */
function checkRule(ctx: RuleContext, first: JsonObject, firstPointer: string, firstNested: boolean): void {
  const stack: [JsonObject, string, boolean][] = [[first, firstPointer, firstNested]];
  while (stack.length > 0) {
    const [rule, pointer, nested] = stack.pop() as [JsonObject, string, boolean];
    if (nested) {
      if (has(rule, 'Next')) ctx.reporter.report('CHOICE_NESTED_NEXT', childPointer(pointer, 'Next'), "Only top-level Choice rules have 'Next': a rule inside And, Or or Not cannot", { key: true });
      for (const field of ['Assign', 'Output']) {
        if (has(rule, field)) ctx.reporter.report('CHOICE_NESTED_FIELD', childPointer(pointer, field), `Only top-level Choice rules have '${field}': a rule inside And, Or or Not cannot`, { key: true });
      }
    }
    const tests = JSONPATH_TESTS.filter((k) => has(rule, k));
    if (tests.length === 0) {
      // A JSONata Condition in a JSONPath state is reported by the query-language rule.
      if (!has(rule, 'Condition')) ctx.reporter.report('CHOICE_NO_OPERATOR', pointer, 'This Choice rule has no test: use Variable with a comparison operator (e.g. StringEquals), or And, Or, Not');
    } else if (tests.length > 1) {
      ctx.reporter.report('CHOICE_MULTIPLE_OPERATORS', pointer, `A Choice rule holds exactly one test, this one has ${tests.length}: ${tests.join(', ')}`);
    } else if (OPERATORS.includes(tests[0]) && !has(rule, 'Variable')) {
      ctx.reporter.report('SCHEMA_REQUIRED', pointer, `Missing required field 'Variable': '${tests[0]}' compares the value at Variable`);
    } else if (!OPERATORS.includes(tests[0]) && has(rule, 'Variable')) {
      ctx.reporter.report('CHOICE_MULTIPLE_OPERATORS', childPointer(pointer, 'Variable'), `'Variable' has no meaning next to '${tests[0]}': put it in the nested rules`, { key: true });
    }
    pushNested(stack, get(rule, 'Not'), childPointer(pointer, 'Not'));
    for (const key of ['And', 'Or']) {
      (getArray(rule, key) ?? []).forEach((r, i) => pushNested(stack, r, childPointer(pointer, key, i)));
    }
  }
}

function pushNested(stack: [JsonObject, string, boolean][], value: JsonValue | undefined, pointer: string): void {
  if (isObject(value)) stack.push([value, pointer, true]);
}
