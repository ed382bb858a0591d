import { describe, expect, it } from 'vitest';
import type { JsonValue, Severity } from '../types';
import { validate, type ValidateOptions } from './validate';
import { branch, choice, distributedMap, fail, jsonataMachine, machine, map, parallel, pass, succeed, task, wait } from './testHelpers';

interface Row {
  name: string;
  definition: JsonValue;
  code: string;
  pointer: string;
  options?: ValidateOptions;
  severity?: Severity;
}

const rule = (extra: Record<string, JsonValue>) => ({ Variable: '$.x', IsPresent: true, Next: 'End', ...extra });
const end = { End: succeed() };
let deep: JsonValue = 1;
for (let i = 0; i < 600; i++) deep = [deep];

const rows: Row[] = [
  // ---- schema: required fields
  { name: 'Task without Resource', definition: machine({ T: { Type: 'Task', End: true } }), code: 'SCHEMA_REQUIRED', pointer: '/States/T' },
  { name: 'machine without States', definition: { StartAt: 'A' }, code: 'SCHEMA_REQUIRED', pointer: '' },
  { name: 'catcher without Next', definition: machine({ T: task({ Catch: [{ ErrorEquals: ['States.ALL'] }] }) }), code: 'SCHEMA_REQUIRED', pointer: '/States/T/Catch/0' },
  { name: 'empty Credentials (JSONata)', definition: jsonataMachine({ T: task({ Arguments: '{% $states.input %}', Credentials: {} }) }), code: 'SCHEMA_REQUIRED', pointer: '/States/T/Credentials' },
  { name: 'Parallel without Branches', definition: machine({ P: { Type: 'Parallel', End: true } }), code: 'SCHEMA_REQUIRED', pointer: '/States/P' },
  { name: 'Choice without Choices', definition: machine({ C: { Type: 'Choice', Default: 'End' }, ...end }), code: 'SCHEMA_REQUIRED', pointer: '/States/C' },
  { name: 'retrier without ErrorEquals', definition: machine({ T: task({ Retry: [{ MaxAttempts: 2 }] }) }), code: 'SCHEMA_REQUIRED', pointer: '/States/T/Retry/0' },
  { name: 'Map without ItemProcessor', definition: machine({ M: { Type: 'Map', End: true } }), code: 'SCHEMA_REQUIRED', pointer: '/States/M' },
  { name: 'state without Type', definition: machine({ A: { End: true } }), code: 'SCHEMA_REQUIRED', pointer: '/States/A' },
  { name: 'top-level Choice rule without Next', definition: machine({ C: choice([{ Variable: '$.x', IsNull: true }], { Default: 'End' }), ...end }), code: 'SCHEMA_REQUIRED', pointer: '/States/C/Choices/0' },
  { name: 'comparison without Variable', definition: machine({ C: choice([{ StringEquals: 'a', Next: 'End' }]), ...end }), code: 'SCHEMA_REQUIRED', pointer: '/States/C/Choices/0' },
  { name: 'distributed Map without ExecutionType', definition: machine({ M: map(branch({ P: pass() }, { ProcessorConfig: { Mode: 'DISTRIBUTED' } })) }), code: 'SCHEMA_REQUIRED', pointer: '/States/M/ItemProcessor/ProcessorConfig' },
  // ---- schema: types
  { name: 'TimeoutSeconds as text', definition: machine({ T: task({ TimeoutSeconds: 'abc' }) }), code: 'SCHEMA_TYPE', pointer: '/States/T/TimeoutSeconds' },
  { name: 'End as a string', definition: machine({ A: pass({ End: 'yes' }) }), code: 'SCHEMA_TYPE', pointer: '/States/A/End' },
  { name: 'States as an array', definition: { StartAt: 'A', States: [] }, code: 'SCHEMA_TYPE', pointer: '/States' },
  { name: 'null definition', definition: null, code: 'SCHEMA_TYPE', pointer: '' },
  { name: 'array definition', definition: [], code: 'SCHEMA_TYPE', pointer: '' },
  { name: 'string definition', definition: 'StartAt', code: 'SCHEMA_TYPE', pointer: '' },
  { name: 'number definition', definition: 42, code: 'SCHEMA_TYPE', pointer: '' },
  { name: 'a state that is a number', definition: machine({ A: 5 }), code: 'SCHEMA_TYPE', pointer: '/States/A' },
  { name: 'fractional MaxAttempts', definition: machine({ T: task({ Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 1.5 }] }) }), code: 'SCHEMA_TYPE', pointer: '/States/T/Retry/0/MaxAttempts' },
  { name: 'BooleanEquals as a string', definition: machine({ C: choice([{ Variable: '$.x', BooleanEquals: 'true', Next: 'End' }]), ...end }), code: 'SCHEMA_TYPE', pointer: '/States/C/Choices/0/BooleanEquals' },
  { name: 'JSONata expression in a JSONPath TimeoutSeconds', definition: machine({ T: task({ TimeoutSeconds: '{% 5 %}' }) }), code: 'SCHEMA_TYPE', pointer: '/States/T/TimeoutSeconds' },
  { name: 'QueryLanguage as a number', definition: machine({ A: pass() }, { QueryLanguage: 5 }), code: 'SCHEMA_TYPE', pointer: '/QueryLanguage' },
  { name: 'Next as a number', definition: machine({ A: { Type: 'Pass', Next: 3 } }), code: 'SCHEMA_TYPE', pointer: '/States/A/Next' },
  // ---- schema: enums, patterns, ranges
  { name: 'unknown state Type', definition: machine({ A: { Type: 'Lambda', End: true } }), code: 'SCHEMA_ENUM', pointer: '/States/A/Type' },
  { name: 'unknown JitterStrategy', definition: machine({ T: task({ Retry: [{ ErrorEquals: ['States.ALL'], JitterStrategy: 'SOME' }] }) }), code: 'SCHEMA_ENUM', pointer: '/States/T/Retry/0/JitterStrategy' },
  { name: 'lower-case QueryLanguage', definition: machine({ A: pass() }, { QueryLanguage: 'jsonata' }), code: 'SCHEMA_ENUM', pointer: '/QueryLanguage' },
  { name: 'unknown ProcessorConfig Mode', definition: machine({ M: map(branch({ P: pass() }, { ProcessorConfig: { Mode: 'PARALLEL' } })) }), code: 'SCHEMA_ENUM', pointer: '/States/M/ItemProcessor/ProcessorConfig/Mode' },
  { name: 'unknown ItemReader InputType', definition: machine({ M: distributedMap({ P: pass() }, { ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'XML' } } }) }), code: 'SCHEMA_ENUM', pointer: '/States/M/ItemReader/ReaderConfig/InputType' },
  { name: 'Timestamp at hour 25', definition: machine({ W: { Type: 'Wait', Timestamp: '2016-12-05T25:29:29Z', End: true } }), code: 'SCHEMA_PATTERN', pointer: '/States/W/Timestamp' },
  { name: 'Timestamp without a zone', definition: machine({ W: { Type: 'Wait', Timestamp: '2016-12-05T21:29:29', End: true } }), code: 'SCHEMA_PATTERN', pointer: '/States/W/Timestamp' },
  { name: 'Timestamp as a JSONata expression in a JSONPath state', definition: machine({ W: { Type: 'Wait', Timestamp: "{% '2016-03-14T01:59:00Z' %}", End: true } }), code: 'SCHEMA_PATTERN', pointer: '/States/W/Timestamp' },
  { name: 'Timestamp on February 30th', definition: machine({ W: { Type: 'Wait', Timestamp: '2024-02-30T00:00:00Z', End: true } }), code: 'SCHEMA_PATTERN', pointer: '/States/W/Timestamp' },
  { name: 'Resource that is not an ARN', definition: machine({ T: task({ Resource: 'my-function' }) }), code: 'SCHEMA_PATTERN', pointer: '/States/T/Resource' },
  { name: 'TimeoutSeconds of 0', definition: machine({ T: task({ TimeoutSeconds: 0 }) }), code: 'SCHEMA_RANGE', pointer: '/States/T/TimeoutSeconds' },
  { name: 'BackoffRate below 1', definition: machine({ T: task({ Retry: [{ ErrorEquals: ['States.ALL'], BackoffRate: 0.5 }] }) }), code: 'SCHEMA_RANGE', pointer: '/States/T/Retry/0/BackoffRate' },
  { name: 'negative MaxConcurrency', definition: machine({ M: map(branch({ P: pass() }), { MaxConcurrency: -1 }) }), code: 'SCHEMA_RANGE', pointer: '/States/M/MaxConcurrency' },
  { name: 'empty ErrorEquals', definition: machine({ T: task({ Retry: [{ ErrorEquals: [] }] }) }), code: 'SCHEMA_RANGE', pointer: '/States/T/Retry/0/ErrorEquals' },
  { name: 'no Branches', definition: machine({ P: parallel([]) }), code: 'SCHEMA_RANGE', pointer: '/States/P/Branches' },
  { name: 'ToleratedFailurePercentage above 100', definition: machine({ M: distributedMap({ P: pass() }, { ToleratedFailurePercentage: 150 }) }), code: 'SCHEMA_RANGE', pointer: '/States/M/ToleratedFailurePercentage' },
  { name: 'negative Wait Seconds', definition: machine({ W: wait({ Seconds: -1 }) }), code: 'SCHEMA_RANGE', pointer: '/States/W/Seconds' },
  // ---- schema: fields that do not belong
  { name: 'misspelt Resource', definition: machine({ T: { Type: 'Task', Resorce: 'arn:aws:lambda:us-east-1:1:function:f', End: true } }), code: 'SCHEMA_ADDITIONAL_PROPERTY', pointer: '/States/T/Resorce' },
  { name: 'unknown top-level field', definition: machine({ A: pass() }, { Foo: 1 }), code: 'SCHEMA_ADDITIONAL_PROPERTY', pointer: '/Foo' },
  { name: 'QueryLanguage on a Parallel branch', definition: machine({ P: parallel([branch({ B: pass() }, { QueryLanguage: 'JSONata' })]) }), code: 'SCHEMA_ADDITIONAL_PROPERTY', pointer: '/States/P/Branches/0/QueryLanguage' },
  { name: 'QueryLanguage on an ItemProcessor', definition: machine({ M: map(branch({ B: pass() }, { QueryLanguage: 'JSONata' })) }), code: 'SCHEMA_ADDITIONAL_PROPERTY', pointer: '/States/M/ItemProcessor/QueryLanguage' },
  { name: 'misspelt retrier field', definition: machine({ T: task({ Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempt: 2 }] }) }), code: 'SCHEMA_ADDITIONAL_PROPERTY', pointer: '/States/T/Retry/0/MaxAttempt' },
  { name: 'unknown Credentials field', definition: jsonataMachine({ T: task({ Credentials: { InvalidField: 'invalid' } }) }), code: 'SCHEMA_ADDITIONAL_PROPERTY', pointer: '/States/T/Credentials/InvalidField' },
  { name: 'misspelt comparison operator', definition: machine({ C: choice([{ Variable: '$.x', StringEqual: 'a', Next: 'End' }]), ...end }), code: 'SCHEMA_ADDITIONAL_PROPERTY', pointer: '/States/C/Choices/0/StringEqual' },
  { name: 'Catch on a Pass state', definition: machine({ A: pass({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'A' }] }) }), code: 'FIELD_NOT_ALLOWED_FOR_STATE_TYPE', pointer: '/States/A/Catch' },
  { name: 'Retry on a Wait state', definition: machine({ W: wait({ Retry: [{ ErrorEquals: ['States.ALL'] }] }) }), code: 'FIELD_NOT_ALLOWED_FOR_STATE_TYPE', pointer: '/States/W/Retry' },
  { name: 'TimeoutSeconds on a Parallel state', definition: machine({ P: parallel([branch({ B: pass() })], { TimeoutSeconds: 5 }) }), code: 'FIELD_NOT_ALLOWED_FOR_STATE_TYPE', pointer: '/States/P/TimeoutSeconds' },
  { name: 'TimeoutSeconds on a Map state', definition: machine({ M: map(branch({ B: pass() }), { TimeoutSeconds: 5 }) }), code: 'FIELD_NOT_ALLOWED_FOR_STATE_TYPE', pointer: '/States/M/TimeoutSeconds' },
  { name: 'Next on a Succeed state', definition: machine({ S: succeed({ Next: 'S' }) }), code: 'FIELD_NOT_ALLOWED_FOR_STATE_TYPE', pointer: '/States/S/Next' },
  { name: 'End on a Choice state', definition: machine({ C: choice([rule({})], { End: true }), ...end }), code: 'FIELD_NOT_ALLOWED_FOR_STATE_TYPE', pointer: '/States/C/End' },
  { name: 'Resource on a Pass state', definition: machine({ A: pass({ Resource: 'arn:aws:states:::lambda:invoke' }) }), code: 'FIELD_NOT_ALLOWED_FOR_STATE_TYPE', pointer: '/States/A/Resource' },
  // ---- StartAt and transitions
  { name: 'no StartAt', definition: { States: { A: pass() } }, code: 'MISSING_START_AT', pointer: '' },
  { name: 'branch without StartAt', definition: machine({ P: parallel([{ States: { B: pass() } }]) }), code: 'MISSING_START_AT', pointer: '/States/P/Branches/0' },
  { name: 'StartAt names no state', definition: { StartAt: 'Nope', States: { A: pass() } }, code: 'UNKNOWN_START_AT', pointer: '/StartAt' },
  { name: 'ItemProcessor StartAt names no state', definition: machine({ M: map({ StartAt: 'Nope', States: { A: pass() } }) }), code: 'UNKNOWN_START_AT', pointer: '/States/M/ItemProcessor/StartAt' },
  { name: 'Next names no state', definition: machine({ A: { Type: 'Pass', Next: 'Ghost' } }), code: 'UNKNOWN_NEXT', pointer: '/States/A/Next' },
  { name: 'Default names no state', definition: machine({ C: choice([rule({})], { Default: 'Ghost' }), ...end }), code: 'UNKNOWN_NEXT', pointer: '/States/C/Default' },
  { name: 'Choice rule Next names no state', definition: machine({ C: choice([rule({ Next: 'Ghost' })], { Default: 'End' }), ...end }), code: 'UNKNOWN_NEXT', pointer: '/States/C/Choices/0/Next' },
  { name: 'Catch Next names no state', definition: machine({ T: task({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Ghost' }] }) }), code: 'UNKNOWN_NEXT', pointer: '/States/T/Catch/0/Next' },
  {
    name: 'a branch state jumping out of its branch',
    definition: machine({ P: { Type: 'Parallel', Branches: [branch({ B: pass() }), branch({ A: { Type: 'Pass', Next: 'Out' } })], Next: 'Out' }, Out: succeed() }),
    code: 'UNKNOWN_NEXT',
    pointer: '/States/P/Branches/1/States/A/Next',
  },
  { name: 'a state nothing leads to', definition: machine({ A: pass(), B: pass() }), code: 'UNREACHABLE_STATE', pointer: '/States/B' },
  { name: 'an unreachable state in a second branch', definition: machine({ P: parallel([branch({ A1: pass() }), branch({ B1: pass(), Ghost: pass() })]) }), code: 'UNREACHABLE_STATE', pointer: '/States/P/Branches/1/States/Ghost' },
  { name: 'a loop with no way out', definition: machine({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' } }), code: 'NO_TERMINAL_STATE', pointer: '/States' },
  { name: 'an ItemProcessor that can never finish (warning)', definition: machine({ M: map(branch({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' } })) }), code: 'NO_TERMINAL_STATE', pointer: '/States/M/ItemProcessor/States', severity: 'warning' },
  { name: 'Next together with End', definition: machine({ A: pass({ Next: 'B' }), B: pass() }), code: 'NEXT_AND_END', pointer: '/States/A/End' },
  { name: 'a Pass with neither Next nor End', definition: machine({ A: { Type: 'Pass' }, B: pass() }), code: 'MISSING_NEXT_OR_END', pointer: '/States/A' },
  { name: '"End": false and no Next', definition: machine({ W: wait({ End: false }) }), code: 'MISSING_NEXT_OR_END', pointer: '/States/W' },
  { name: 'an ItemProcessor state with neither', definition: machine({ M: map(branch({ X: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke' }, Y: succeed() })) }), code: 'MISSING_NEXT_OR_END', pointer: '/States/M/ItemProcessor/States/X' },
  // ---- names
  { name: 'the same name at the top and in a branch', definition: machine({ A: parallel([branch({ A: pass() })]) }), code: 'DUPLICATE_STATE_NAME', pointer: '/States/A/Branches/0/States/A' },
  { name: 'the same name in two branches', definition: machine({ P: parallel([branch({ X: pass() }), branch({ X: pass() })]) }), code: 'DUPLICATE_STATE_NAME', pointer: '/States/P/Branches/1/States/X' },
  { name: 'a name of 81 characters', definition: machine({ ['N'.repeat(81)]: pass() }), code: 'STATE_NAME_TOO_LONG', pointer: `/States/${'N'.repeat(81)}` },
  // ---- Choice
  { name: 'empty Choices', definition: machine({ C: choice([], { Default: 'End' }), ...end }), code: 'CHOICE_NO_CHOICES', pointer: '/States/C/Choices' },
  { name: 'a rule with no test', definition: machine({ C: choice([{ Variable: '$.x', Next: 'End' }]), ...end }), code: 'CHOICE_NO_OPERATOR', pointer: '/States/C/Choices/0' },
  { name: 'a nested rule with no test', definition: machine({ C: choice([{ And: [{ Variable: '$.a', IsNull: true }, { Variable: '$.b' }], Next: 'End' }]), ...end }), code: 'CHOICE_NO_OPERATOR', pointer: '/States/C/Choices/0/And/1' },
  { name: 'a JSONata rule without Condition', definition: jsonataMachine({ C: choice([{ Next: 'End' }]), ...end }), code: 'CHOICE_NO_OPERATOR', pointer: '/States/C/Choices/0' },
  { name: 'two operators in one rule', definition: machine({ C: choice([rule({ StringEquals: 'a' })]), ...end }), code: 'CHOICE_MULTIPLE_OPERATORS', pointer: '/States/C/Choices/0' },
  { name: 'Next inside Not', definition: machine({ C: choice([{ Not: { Variable: '$.x', IsNull: true, Next: 'End' }, Next: 'End' }]), ...end }), code: 'CHOICE_NESTED_NEXT', pointer: '/States/C/Choices/0/Not/Next' },
  { name: 'Assign inside And', definition: machine({ C: choice([{ And: [{ Variable: '$.x', IsNull: true, Assign: { a: 1 } }], Next: 'End' }]), ...end }), code: 'CHOICE_NESTED_FIELD', pointer: '/States/C/Choices/0/And/0/Assign' },
  // ---- a value and its path
  { name: 'TimeoutSeconds and TimeoutSecondsPath', definition: machine({ T: task({ TimeoutSeconds: 5, TimeoutSecondsPath: '$.t' }) }), code: 'FIELD_AND_PATH', pointer: '/States/T/TimeoutSeconds' },
  { name: 'HeartbeatSeconds and HeartbeatSecondsPath', definition: machine({ T: task({ HeartbeatSeconds: 5, HeartbeatSecondsPath: '$.h' }) }), code: 'FIELD_AND_PATH', pointer: '/States/T/HeartbeatSeconds' },
  { name: 'MaxConcurrency and MaxConcurrencyPath', definition: machine({ M: map(branch({ P: pass() }), { MaxConcurrency: 2, MaxConcurrencyPath: '$.limit' }) }), code: 'FIELD_AND_PATH', pointer: '/States/M/MaxConcurrency' },
  { name: 'Error and ErrorPath', definition: machine({ F: fail({ Error: 'E', ErrorPath: '$.e' }) }), code: 'FIELD_AND_PATH', pointer: '/States/F/Error' },
  { name: 'Cause and CausePath', definition: machine({ F: fail({ Cause: 'C', CausePath: '$.c' }) }), code: 'FIELD_AND_PATH', pointer: '/States/F/Cause' },
  { name: 'ToleratedFailureCount and its path', definition: machine({ M: distributedMap({ P: pass() }, { ToleratedFailureCount: 1, ToleratedFailureCountPath: '$.n' }) }), code: 'FIELD_AND_PATH', pointer: '/States/M/ToleratedFailureCount' },
  { name: 'MaxItemsPerBatch and its path', definition: machine({ M: distributedMap({ P: pass() }, { ItemBatcher: { MaxItemsPerBatch: 5, MaxItemsPerBatchPath: '$.n' } }) }), code: 'FIELD_AND_PATH', pointer: '/States/M/ItemBatcher/MaxItemsPerBatch' },
  { name: 'Wait with Seconds and Timestamp', definition: machine({ W: wait({ Timestamp: '2026-01-01T00:00:00Z' }) }), code: 'WAIT_MULTIPLE_MODES', pointer: '/States/W/Timestamp' },
  { name: 'Wait with Seconds and SecondsPath', definition: machine({ W: wait({ SecondsPath: '$.s' }) }), code: 'WAIT_MULTIPLE_MODES', pointer: '/States/W/SecondsPath' },
  { name: 'Wait with nothing to wait for', definition: machine({ W: { Type: 'Wait', End: true } }), code: 'WAIT_NO_MODE', pointer: '/States/W' },
  { name: 'HeartbeatSeconds equal to TimeoutSeconds', definition: machine({ T: task({ TimeoutSeconds: 60, HeartbeatSeconds: 60 }) }), code: 'HEARTBEAT_NOT_BELOW_TIMEOUT', pointer: '/States/T/HeartbeatSeconds' },
  // ---- JSONPath, templates, intrinsics
  { name: 'an unclosed bracket in InputPath', definition: machine({ A: pass({ InputPath: '$.a[' }) }), code: 'INVALID_JSONPATH', pointer: '/States/A/InputPath' },
  { name: 'OutputPath without $', definition: machine({ A: pass({ OutputPath: 'result' }) }), code: 'INVALID_JSONPATH', pointer: '/States/A/OutputPath' },
  { name: 'a broken path next to a placeholder Resource', definition: machine({ T: task({ Resource: '${FunctionArn}', InputPath: '$..[' }) }), code: 'INVALID_JSONPATH', pointer: '/States/T/InputPath' },
  { name: 'a wildcard in ResultPath', definition: machine({ A: pass({ ResultPath: '$.a[*]' }) }), code: 'INVALID_REFERENCE_PATH', pointer: '/States/A/ResultPath' },
  { name: 'a filter in a Choice Variable', definition: machine({ C: choice([{ Variable: '$.items[?(@.x)]', IsPresent: true, Next: 'End' }]), ...end }), code: 'INVALID_REFERENCE_PATH', pointer: '/States/C/Choices/0/Variable' },
  { name: 'a context path as a catcher ResultPath', definition: machine({ T: task({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'T', ResultPath: '$$.Execution' }] }) }), code: 'INVALID_REFERENCE_PATH', pointer: '/States/T/Catch/0/ResultPath' },
  {
    name: 'a bad Variable deep in a branch',
    definition: machine({ P: parallel([branch({ C: choice([{ Not: { Variable: '$.a[*]', IsNull: true }, Next: 'D' }], { Default: 'D' }), D: succeed() })]) }),
    code: 'INVALID_REFERENCE_PATH',
    pointer: '/States/P/Branches/0/States/C/Choices/0/Not/Variable',
  },
  { name: 'a wildcard in ItemsPath', definition: machine({ M: map(branch({ P: pass() }), { ItemsPath: '$.a[*]' }) }), code: 'INVALID_REFERENCE_PATH', pointer: '/States/M/ItemsPath' },
  { name: 'a .$ value that is not a path', definition: machine({ A: pass({ Parameters: { 'x.$': 'hello' } }) }), code: 'INVALID_PAYLOAD_TEMPLATE', pointer: '/States/A/Parameters/x.$' },
  { name: 'a .$ value that is a number', definition: machine({ T: task({ ResultSelector: { 'x.$': 5 } }) }), code: 'INVALID_PAYLOAD_TEMPLATE', pointer: '/States/T/ResultSelector/x.$' },
  { name: 'an unknown intrinsic', definition: machine({ A: pass({ Parameters: { 'x.$': 'States.Nope($.a)' } }) }), code: 'UNKNOWN_INTRINSIC', pointer: '/States/A/Parameters/x.$' },
  { name: 'an intrinsic with too few arguments', definition: machine({ A: pass({ Parameters: { 'x.$': 'States.ArrayGetItem($.a)' } }) }), code: 'INTRINSIC_ARG_COUNT', pointer: '/States/A/Parameters/x.$' },
  { name: 'an illegal escape in an intrinsic string', definition: machine({ A: pass({ Parameters: { 'x.$': "States.StringToJson('{\\\"a\\\": 1}')" } }) }), code: 'INVALID_INTRINSIC', pointer: '/States/A/Parameters/x.$' },
  { name: 'a broken intrinsic in ErrorPath', definition: machine({ F: fail({ ErrorPath: 'States.Format(' }) }), code: 'INVALID_INTRINSIC', pointer: '/States/F/ErrorPath' },
  { name: 'a broken path in a JSONPath Assign', definition: machine({ A: pass({ Assign: { 'v.$': '$.a[' } }) }), code: 'INVALID_JSONPATH', pointer: '/States/A/Assign/v.$' },
  // ---- JSONata
  { name: 'a JSONata syntax error in Output', definition: jsonataMachine({ A: pass({ Output: '{% a[1,2) %}' }) }), code: 'INVALID_JSONATA', pointer: '/States/A/Output' },
  { name: 'an empty JSONata expression', definition: jsonataMachine({ A: pass({ Output: { v: '{%%}' } }) }), code: 'INVALID_JSONATA', pointer: '/States/A/Output/v' },
  { name: 'a JSONata syntax error in a Condition', definition: jsonataMachine({ C: choice([{ Condition: '{% $states.input.x = %}', Next: 'End' }]), ...end }), code: 'INVALID_JSONATA', pointer: '/States/C/Choices/0/Condition' },
  { name: 'a JSONata syntax error deep in Arguments', definition: jsonataMachine({ T: task({ Arguments: { Payload: { list: ['{% $states.input.( %}'] } } }) }), code: 'INVALID_JSONATA', pointer: '/States/T/Arguments/Payload/list/0' },
  { name: 'a JSONata syntax error in a catcher Output', definition: jsonataMachine({ T: task({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'T', Output: '{% "unterminated %}' }] }) }), code: 'INVALID_JSONATA', pointer: '/States/T/Catch/0/Output' },
  { name: 'a JSONata state in a JSONPath machine with a bad expression', definition: machine({ A: pass({ QueryLanguage: 'JSONata', Output: '{% 1 + %}' }) }), code: 'INVALID_JSONATA', pointer: '/States/A/Output' },
  { name: 'a top-level field reference in JSONata', definition: jsonataMachine({ A: pass({ Output: '{% input.phone %}' }) }), code: 'UNSUPPORTED_JSONATA_EXPRESSION', pointer: '/States/A/Output' },
  { name: '$$ in JSONata', definition: jsonataMachine({ A: pass({ Output: '{% $$ %}' }) }), code: 'UNSUPPORTED_JSONATA_EXPRESSION', pointer: '/States/A/Output' },
  { name: '$states.errorOutput outside a Catch', definition: jsonataMachine({ A: pass({ Assign: { e: '{% $states.errorOutput %}' } }) }), code: 'UNSUPPORTED_JSONATA_EXPRESSION', pointer: '/States/A/Assign/e' },
  // ---- query languages
  { name: 'InputPath in a JSONata state', definition: jsonataMachine({ A: pass({ InputPath: '$.a' }) }), code: 'FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE', pointer: '/States/A/InputPath' },
  { name: 'Result in a JSONata Pass', definition: jsonataMachine({ A: pass({ Result: { a: 1 } }) }), code: 'FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE', pointer: '/States/A/Result' },
  { name: 'SecondsPath in a JSONata Wait', definition: jsonataMachine({ W: { Type: 'Wait', SecondsPath: '$.s', End: true } }), code: 'FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE', pointer: '/States/W/SecondsPath' },
  { name: 'Arguments in a JSONPath Task', definition: machine({ T: task({ Arguments: { payload: 'literal' } }) }), code: 'FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE', pointer: '/States/T/Arguments' },
  { name: 'Output in a JSONPath Pass', definition: machine({ A: pass({ Output: { v: 1 } }) }), code: 'FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE', pointer: '/States/A/Output' },
  { name: 'Items in a JSONPath Map', definition: machine({ M: map(branch({ P: pass() }), { Items: [1, 2] }) }), code: 'FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE', pointer: '/States/M/Items' },
  { name: 'Condition in a JSONPath Choice', definition: machine({ C: choice([{ Condition: '{% true %}', Next: 'End' }]), ...end }), code: 'FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE', pointer: '/States/C/Choices/0/Condition' },
  { name: 'Variable in a JSONata Choice', definition: jsonataMachine({ C: choice([{ Variable: '$.x', IsNull: true, Next: 'End' }]), ...end }), code: 'FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE', pointer: '/States/C/Choices/0/Variable' },
  { name: 'ResultPath in a JSONata catcher', definition: jsonataMachine({ T: task({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'T', ResultPath: '$.e' }] }) }), code: 'FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE', pointer: '/States/T/Catch/0/ResultPath' },
  { name: 'ItemReader Parameters in a JSONata Map', definition: jsonataMachine({ M: distributedMap({ P: pass() }) }), code: 'FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE', pointer: '/States/M/ItemReader/Parameters' },
  {
    name: 'Output inside a JSONata Map of a JSONPath machine (nested states follow the machine)',
    definition: machine({ M: map(branch({ P: pass({ Output: { v: '{% 1 %}' } }) }), { QueryLanguage: 'JSONata' }) }),
    code: 'FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE',
    pointer: '/States/M/ItemProcessor/States/P/Output',
  },
  { name: 'a JSONPath state in a JSONata machine', definition: jsonataMachine({ A: pass({ QueryLanguage: 'JSONPath' }) }), code: 'QUERY_LANGUAGE_DOWNGRADE', pointer: '/States/A/QueryLanguage' },
  // ---- Retry / Catch
  { name: 'States.ALL retrier before another', definition: machine({ T: task({ Retry: [{ ErrorEquals: ['States.ALL'] }, { ErrorEquals: ['States.Timeout'] }] }) }), code: 'STATES_ALL_NOT_LAST', pointer: '/States/T/Retry/0' },
  { name: 'States.ALL catcher before another', definition: machine({ T: task({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'T' }, { ErrorEquals: ['E'], Next: 'T' }] }) }), code: 'STATES_ALL_NOT_LAST', pointer: '/States/T/Catch/0' },
  { name: 'States.ALL next to another error', definition: machine({ T: task({ Retry: [{ ErrorEquals: ['States.ALL', 'States.Timeout'] }] }) }), code: 'STATES_ALL_NOT_ALONE', pointer: '/States/T/Retry/0/ErrorEquals' },
  // ---- Map
  { name: 'a $ in a Map Label', definition: machine({ M: distributedMap({ P: pass() }, { Label: 'my$label' }) }), code: 'INVALID_MAP_LABEL', pointer: '/States/M/Label' },
  { name: 'a space in a Map Label', definition: machine({ M: distributedMap({ P: pass() }, { Label: 'my label' }) }), code: 'INVALID_MAP_LABEL', pointer: '/States/M/Label' },
  { name: 'a C1 control character in a Map Label', definition: machine({ M: distributedMap({ P: pass() }, { Label: 'label\u0085' }) }), code: 'INVALID_MAP_LABEL', pointer: '/States/M/Label' },
  { name: 'a Map Label of 41 characters', definition: machine({ M: distributedMap({ P: pass() }, { Label: 'L'.repeat(41) }) }), code: 'INVALID_MAP_LABEL', pointer: '/States/M/Label' },
  { name: 'ItemProcessor and Iterator together', definition: machine({ M: map(branch({ P: pass() }), { Iterator: branch({ Q: pass() }) }) }), code: 'ITEM_PROCESSOR_AND_ITERATOR', pointer: '/States/M/Iterator' },
  { name: 'ItemSelector and Parameters together', definition: machine({ M: map(branch({ P: pass() }), { ItemSelector: { a: 1 }, Parameters: { a: 1 } }) }), code: 'ITEM_SELECTOR_AND_PARAMETERS', pointer: '/States/M/Parameters' },
  { name: 'ItemBatcher on an inline Map (warning)', definition: machine({ M: map(branch({ P: pass() }), { ItemBatcher: { MaxItemsPerBatch: 5 } }) }), code: 'DISTRIBUTED_ONLY_FIELD', pointer: '/States/M/ItemBatcher', severity: 'warning' },
  {
    name: 'CSV headers GIVEN but none listed (warning)',
    definition: machine({ M: distributedMap({ P: pass() }, { ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'GIVEN' }, Parameters: { Bucket: 'b', Key: 'k.csv' } } }) }),
    code: 'CSV_HEADERS_MISSING',
    pointer: '/States/M/ItemReader/ReaderConfig',
    severity: 'warning',
  },
  // ---- variables
  { name: 'a variable name starting with a digit', definition: machine({ A: pass({ Assign: { '1st': 1 } }) }), code: 'INVALID_VARIABLE_NAME', pointer: '/States/A/Assign/1st' },
  { name: 'the reserved variable name states', definition: jsonataMachine({ A: pass({ Assign: { states: 1 } }) }), code: 'INVALID_VARIABLE_NAME', pointer: '/States/A/Assign/states' },
  // ---- limits and workflow type
  { name: 'a definition over 1 MB', definition: machine({ A: pass() }), options: { textLength: 2_000_000 }, code: 'DEFINITION_TOO_LARGE', pointer: '' },
  { name: '600 levels of nesting', definition: machine({ A: pass({ Result: deep }) }), code: 'NESTING_TOO_DEEP', pointer: '' },
  { name: '.sync in an EXPRESS workflow', definition: machine({ T: task({ Resource: 'arn:aws:states:::states:startExecution.sync' }) }), options: { workflowType: 'EXPRESS' }, code: 'EXPRESS_UNSUPPORTED_INTEGRATION', pointer: '/States/T/Resource' },
  { name: '.waitForTaskToken in an EXPRESS workflow', definition: machine({ T: task({ Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken' }) }), options: { workflowType: 'EXPRESS' }, code: 'EXPRESS_UNSUPPORTED_INTEGRATION', pointer: '/States/T/Resource' },
  { name: 'an activity in an EXPRESS workflow', definition: machine({ T: task({ Resource: 'arn:aws:states:us-east-1:123456789012:activity:pack' }) }), options: { workflowType: 'EXPRESS' }, code: 'EXPRESS_UNSUPPORTED_INTEGRATION', pointer: '/States/T/Resource' },
  {
    name: '.sync in the EXPRESS children of a distributed Map',
    definition: machine({ M: map(branch({ T: task({ Resource: 'arn:aws:states:::glue:startJobRun.sync' }) }, { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' } })) }),
    code: 'EXPRESS_UNSUPPORTED_INTEGRATION',
    pointer: '/States/M/ItemProcessor/States/T/Resource',
  },
];

describe('validate: invalid definitions', () => {
  it('has a row for every code the validator can emit, bar internal ones', async () => {
    const { CODES } = await import('./codes');
    const covered = new Set(rows.map((r) => r.code));
    const missing = Object.keys(CODES).filter((c) => !covered.has(c) && c !== 'VALIDATOR_ERROR' && c !== 'SCHEMA_OTHER');
    expect(missing).toEqual([]);
  });

  it.each(rows)('$name -> $code at $pointer', ({ definition, code, pointer, options, severity }) => {
    const diagnostics = validate(definition, options);
    const match = diagnostics.find((d) => d.code === code && d.pointer === pointer);
    expect(match, JSON.stringify(diagnostics, null, 1)).toBeDefined();
    expect(match?.severity).toBe(severity ?? 'error');
    expect(match?.message.length).toBeGreaterThan(10);
    expect(diagnostics.some((d) => d.code === 'VALIDATOR_ERROR')).toBe(false);
  });
});
