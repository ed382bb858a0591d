import type { JsonValue } from '../../asl/types';
import { unexpectedTypeError } from './errors';
import { jsonTypeName } from './toJson';
import type { JsonataBindings, JsonataTemplate, JsonTypeName } from './types';

function expressionText(template: JsonataTemplate): string {
  return template.expression ?? JSON.stringify(template.constant);
}

/**
 * Evaluates a template whose field requires one JSON type (Map `Items` must be an array) and fails as
 * AWS does when the result has another.
 * @example await evaluateExpecting(compileJsonataTemplate('{% 1 %}', 'Items'), b, 'array')
 * // throws: "...returned an unexpected result type. Expected 'array', but was 'number' for value: 1"
 */
export async function evaluateExpecting(template: JsonataTemplate, bindings: JsonataBindings, expected: JsonTypeName): Promise<JsonValue> {
  const value = await template.evaluate(bindings);
  const actual = jsonTypeName(value);
  if (actual !== expected) throw unexpectedTypeError(expressionText(template), template.field, expected, actual, value);
  return value;
}

/**
 * Evaluates a JSONata Choice `Condition`: true or false, anything else fails with
 * States.QueryEvaluationError (a constant `true`/`false` is allowed and costs no evaluation).
 * @example await evaluateCondition(compileJsonataTemplate("{% $states.input.type = 'Public' %}", 'Condition'), b)
 */
export async function evaluateCondition(template: JsonataTemplate, bindings: JsonataBindings): Promise<boolean> {
  if (template.isConstant && typeof template.constant === 'boolean') return template.constant;
  return (await evaluateExpecting(template, bindings, 'boolean')) as boolean;
}
