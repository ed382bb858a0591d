import type { ChoiceRule, ChoiceState, JsonValue } from '../../asl/types';
import { compileJsonataTemplate } from './compileTemplate';
import { evaluateCondition } from './evaluateTyped';
import type { JsonataBindings, JsonataTemplate } from './types';

/** What a JSONata Choice state decides (same shape as the JSONPath one in src/engine/choice). */
export type JsonataChoiceOutcome = { next: string; index: number; rule: ChoiceRule | null } | { noMatch: true };

/** A malformed JSONata Choice state (a rule without Condition or Next); the validator reports these. */
export class JsonataChoiceCompileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonataChoiceCompileError';
  }
}

const NO_MATCH: JsonataChoiceOutcome = Object.freeze({ noMatch: true });

/**
 * Compiles a JSONata Choice state: each rule's `Condition` is evaluated in order and the first true
 * one wins, then `Default`, else `noMatch` (the engine raises States.NoChoiceMatched).
 * @example await compileJsonataChoiceState(state)(bindings) // { next: 'Public', index: 0, rule }
 */
export function compileJsonataChoiceState(state: ChoiceState): (bindings: JsonataBindings) => Promise<JsonataChoiceOutcome> {
  if (!Array.isArray(state.Choices) || state.Choices.length === 0) throw new JsonataChoiceCompileError('A Choice state needs a non-empty Choices array');
  const conditions: JsonataTemplate[] = [];
  const outcomes: JsonataChoiceOutcome[] = [];
  state.Choices.forEach((rule, index) => {
    if (typeof rule.Next !== 'string') throw new JsonataChoiceCompileError(`Choices[${index}] has no Next`);
    if (rule.Condition === undefined) throw new JsonataChoiceCompileError(`Choices[${index}] has no Condition`);
    conditions.push(compileJsonataTemplate(rule.Condition as JsonValue, 'Condition'));
    outcomes.push(Object.freeze({ next: rule.Next, index, rule }));
  });
  const fallback: JsonataChoiceOutcome = typeof state.Default === 'string' ? Object.freeze({ next: state.Default, index: -1, rule: null }) : NO_MATCH;
  return async (bindings) => {
    for (let i = 0; i < conditions.length; i++) if (await evaluateCondition(conditions[i], bindings)) return outcomes[i];
    return fallback;
  };
}
