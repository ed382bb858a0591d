/**
 * Which fields AWS accepts on each state type, per query language, as listed in the Step Functions
 * developer guide ("State machine structure in Amazon States Language" and "Transforming data with
 * JSONata"). Used only by the fixture corpus test.
 */
import type { QueryLanguageName } from './walkDefinition';

const common = ['Type', 'Comment', 'QueryLanguage'];
const flow = ['Next', 'End'];
const errors = ['Retry', 'Catch'];
const jsonPathIo = ['InputPath', 'OutputPath'];

const jsonPathFields: Record<string, string[]> = {
  Task: [...common, ...flow, ...errors, ...jsonPathIo, 'Resource', 'Parameters', 'ResultPath', 'ResultSelector', 'Assign',
    'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', 'Credentials'],
  Pass: [...common, ...flow, ...jsonPathIo, 'Parameters', 'Result', 'ResultPath', 'Assign'],
  Choice: [...common, ...jsonPathIo, 'Choices', 'Default', 'Assign'],
  Wait: [...common, ...flow, ...jsonPathIo, 'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath', 'Assign'],
  Succeed: [...common, ...jsonPathIo],
  Fail: [...common, 'Error', 'ErrorPath', 'Cause', 'CausePath'],
  Parallel: [...common, ...flow, ...errors, ...jsonPathIo, 'Branches', 'Parameters', 'ResultPath', 'ResultSelector', 'Assign'],
  Map: [...common, ...flow, ...errors, ...jsonPathIo, 'ItemProcessor', 'Iterator', 'ItemsPath', 'ItemSelector', 'Parameters',
    'ResultPath', 'ResultSelector', 'Assign', 'MaxConcurrency', 'MaxConcurrencyPath', 'ItemReader', 'ItemBatcher', 'ResultWriter',
    'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'ToleratedFailureCount', 'ToleratedFailureCountPath', 'Label'],
};

const jsonataFields: Record<string, string[]> = {
  Task: [...common, ...flow, ...errors, 'Resource', 'Arguments', 'Output', 'Assign', 'TimeoutSeconds', 'HeartbeatSeconds', 'Credentials'],
  Pass: [...common, ...flow, 'Output', 'Assign'],
  Choice: [...common, 'Choices', 'Default', 'Output', 'Assign'],
  Wait: [...common, ...flow, 'Seconds', 'Timestamp', 'Output', 'Assign'],
  Succeed: [...common, 'Output'],
  Fail: [...common, 'Error', 'Cause'],
  Parallel: [...common, ...flow, ...errors, 'Branches', 'Arguments', 'Output', 'Assign'],
  Map: [...common, ...flow, ...errors, 'ItemProcessor', 'Items', 'ItemSelector', 'Output', 'Assign', 'MaxConcurrency', 'ItemReader',
    'ItemBatcher', 'ResultWriter', 'ToleratedFailurePercentage', 'ToleratedFailureCount', 'Label'],
};

/** The fields a state of `type` may carry in `queryLanguage`, or undefined for an unknown type. */
export function allowedStateFields(type: string, queryLanguage: QueryLanguageName): string[] | undefined {
  return (queryLanguage === 'JSONata' ? jsonataFields : jsonPathFields)[type];
}

/** Fields of a Retry entry. */
export const RETRIER_FIELDS = ['ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy'];

/** Fields of a Catch entry, per query language. */
export function allowedCatcherFields(queryLanguage: QueryLanguageName): string[] {
  const shared = ['ErrorEquals', 'Next', 'Assign'];
  return queryLanguage === 'JSONata' ? [...shared, 'Output'] : [...shared, 'ResultPath'];
}

/** Every JSONPath Choice comparison operator. */
export const CHOICE_OPERATORS = [
  'StringEquals', 'StringLessThan', 'StringGreaterThan', 'StringLessThanEquals', 'StringGreaterThanEquals',
  'NumericEquals', 'NumericLessThan', 'NumericGreaterThan', 'NumericLessThanEquals', 'NumericGreaterThanEquals',
  'BooleanEquals', 'TimestampEquals', 'TimestampLessThan', 'TimestampGreaterThan', 'TimestampLessThanEquals',
  'TimestampGreaterThanEquals',
].flatMap((op) => [op, `${op}Path`]).concat(['StringMatches', 'IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp']);

/** Fields whose value is a number (or, in JSONata, a `{% %}` expression), wherever they appear in a state. */
export const NUMBER_FIELDS = new Set([
  'TimeoutSeconds', 'HeartbeatSeconds', 'Seconds', 'MaxConcurrency', 'ToleratedFailurePercentage', 'ToleratedFailureCount',
  'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'MaxItemsPerBatch', 'MaxInputBytesPerBatch', 'MaxItems',
]);

/** The 18 intrinsic functions of JSONPath states. */
export const INTRINSIC_FUNCTIONS = new Set([
  'States.Format', 'States.StringToJson', 'States.JsonToString', 'States.Array', 'States.ArrayPartition', 'States.ArrayContains',
  'States.ArrayRange', 'States.ArrayGetItem', 'States.ArrayLength', 'States.ArrayUnique', 'States.Base64Encode',
  'States.Base64Decode', 'States.Hash', 'States.JsonMerge', 'States.MathRandom', 'States.MathAdd', 'States.StringSplit',
  'States.UUID',
]);
