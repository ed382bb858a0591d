/** Small builders that write the same pattern state in JSONPath or JSONata. */
import type { Catcher, ChoiceRule, JsonObject, QueryLanguage, TaskState } from '../../asl/types';
import { PATTERN_EXIT } from '../types';

export { PATTERN_EXIT as EXIT };

const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';

/** A placeholder function ARN, recognisable and valid. */
export function functionArn(name: string): string {
  return `arn:aws:lambda:us-east-1:123456789012:function:${name}`;
}

/**
 * A Lambda Invoke Task that sends its input (or `payload`) and continues with the function's result
 * (`OutputPath: $.Payload` / `Output: $states.result.Payload`).
 */
export function lambdaTask(ql: QueryLanguage, fn: string, rest: Partial<TaskState> = {}, payload?: { path: string; jsonata: string }): TaskState {
  if (ql === 'JSONata') {
    const Arguments: JsonObject = { FunctionName: functionArn(fn), Payload: `{% ${payload?.jsonata ?? '$states.input'} %}` };
    return { Type: 'Task', Resource: LAMBDA_INVOKE, Arguments, Output: '{% $states.result.Payload %}', ...rest };
  }
  const Parameters: JsonObject = { FunctionName: functionArn(fn), 'Payload.$': payload?.path ?? '$' };
  return { Type: 'Task', Resource: LAMBDA_INVOKE, Parameters, OutputPath: '$.Payload', ...rest };
}

/** A top-level Choice rule: the string at `field` of the input equals `value`. */
export function stringEquals(ql: QueryLanguage, field: string, value: string, next: string): ChoiceRule {
  return ql === 'JSONata'
    ? { Condition: `{% $states.input.${field} = '${value}' %}`, Next: next }
    : { Variable: `$.${field}`, StringEquals: value, Next: next };
}

/** A top-level Choice rule: the boolean at `field` of the input is `value`. */
export function booleanEquals(ql: QueryLanguage, field: string, value: boolean, next: string): ChoiceRule {
  return ql === 'JSONata'
    ? { Condition: `{% $states.input.${field} = ${value} %}`, Next: next }
    : { Variable: `$.${field}`, BooleanEquals: value, Next: next };
}

/** A catcher that keeps the state's input and adds the error under `error`. */
export function catchKeepingInput(ql: QueryLanguage, errors: string[], next: string): Catcher {
  return ql === 'JSONata'
    ? { ErrorEquals: errors, Next: next, Output: '{% $merge([$states.input, {"error": $states.errorOutput}]) %}' }
    : { ErrorEquals: errors, Next: next, ResultPath: '$.error' };
}
