import { describe, expect, it } from 'vitest';
import { realWorldFixtures } from '../__fixtures__';
import type { JsonValue } from '../types';
import { validate } from './validate';
import { validateText } from './validateText';
import { branch, choice, distributedMap, fail, jsonataMachine, machine, map, parallel, pass, succeed, task, wait } from './testHelpers';

const errorsOf = (definition: JsonValue, workflowType?: 'STANDARD' | 'EXPRESS') =>
  validate(definition, { workflowType }).filter((d) => d.severity === 'error');

const every = { Type: 'Choice', Default: 'Done' };
const ops: [string, JsonValue][] = [
  ['StringEquals', 'a'], ['StringEqualsPath', '$.b'], ['StringLessThan', 'a'], ['StringGreaterThanEquals', 'a'], ['StringMatches', 'log-*.txt'],
  ['NumericEquals', 1], ['NumericLessThanPath', '$.n'], ['NumericGreaterThan', 1.5], ['BooleanEquals', true], ['BooleanEqualsPath', '$$.Execution.Input.flag'],
  ['TimestampEquals', '2026-01-01T00:00:00Z'], ['TimestampLessThanEqualsPath', '$.t'], ['IsNull', false], ['IsPresent', true], ['IsNumeric', true],
  ['IsString', true], ['IsBoolean', true], ['IsTimestamp', true],
];

const valid: { name: string; definition: JsonValue; workflowType?: 'STANDARD' | 'EXPRESS' }[] = [
  { name: 'one Pass', definition: machine({ A: pass() }) },
  { name: 'every state type (JSONPath)', definition: machine({
    P: { Type: 'Pass', Result: { n: 1 }, ResultPath: '$.r', Next: 'T' },
    T: task({ End: undefined, Next: 'W', Parameters: { 'FunctionName': 'f', 'Payload.$': '$' }, ResultSelector: { 'body.$': '$.Payload' }, ResultPath: '$.out', OutputPath: '$', InputPath: '$', TimeoutSeconds: 30, HeartbeatSeconds: 10 }),
    W: { Type: 'Wait', SecondsPath: '$.delay', Next: 'C' },
    C: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Par' }], Default: 'F' },
    Par: { Type: 'Parallel', Branches: [branch({ B1: pass() }), branch({ B2: succeed() })], Next: 'M' },
    M: { Type: 'Map', ItemsPath: '$.items', ItemSelector: { 'v.$': '$$.Map.Item.Value' }, MaxConcurrency: 5, ItemProcessor: branch({ I: pass() }), Next: 'S' },
    S: succeed(),
    F: fail({ Error: 'Oops', Cause: 'It broke' }),
  }) },
  { name: 'every state type (JSONata)', definition: jsonataMachine({
    P: { Type: 'Pass', Output: { n: '{% $states.input.n + 1 %}' }, Assign: { count: '{% $states.input.n %}' }, Next: 'T' },
    T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { FunctionName: 'f', Payload: '{% $states.input %}' }, Output: '{% $states.result.Payload %}', TimeoutSeconds: '{% $count %}', Next: 'W' },
    W: { Type: 'Wait', Seconds: '{% 1 + 1 %}', Next: 'C' },
    C: { Type: 'Choice', Choices: [{ Condition: '{% $states.input.ok %}', Next: 'M', Output: { chosen: true } }], Default: 'F' },
    M: { Type: 'Map', Items: '{% $states.input.items %}', ItemSelector: { v: '{% $states.context.Map.Item.Value %}' }, MaxConcurrency: '{% 2 %}', ItemProcessor: branch({ I: pass() }), Next: 'S' },
    S: { Type: 'Succeed', Output: '{% $states.input %}' },
    F: { Type: 'Fail', Error: '{% "E" & $string($count) %}', Cause: 'failed' },
  }) },
  { name: 'every Choice operator, nested And/Or/Not', definition: machine({
    C: { ...every, Choices: [
      ...ops.map(([op, v]) => ({ Variable: '$.x', [op]: v, Next: 'Done' })),
      { And: [{ Variable: '$.a', IsPresent: true }, { Or: [{ Variable: '$.b', NumericEquals: 1 }, { Not: { Variable: '$.c', StringEquals: 'x' } }] }], Next: 'Done' },
    ] },
    Done: succeed(),
  }) },
  { name: 'Wait by Timestamp, TimestampPath and Seconds', definition: machine({
    A: { Type: 'Wait', Timestamp: '2026-03-14T01:59:00.123+02:00', Next: 'B' },
    B: { Type: 'Wait', TimestampPath: '$.when', Next: 'C' },
    C: wait({ Seconds: 0 }),
  }) },
  { name: 'Retry with every field and Catch with ResultPath', definition: machine({
    T: task({ Retry: [{ ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2.5, MaxDelaySeconds: 60, JitterStrategy: 'FULL', Comment: 'throttling' }, { ErrorEquals: ['States.ALL'], MaxAttempts: 0 }],
      Catch: [{ ErrorEquals: ['States.Timeout'], Next: 'H', ResultPath: '$.error' }, { ErrorEquals: ['States.ALL'], Next: 'H', ResultPath: null }] }),
    H: pass(),
  }) },
  { name: 'JSONata catcher reading $states.errorOutput', definition: jsonataMachine({
    T: task({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H', Output: '{% $states.errorOutput %}', Assign: { err: '{% $states.errorOutput.Error %}' } }] }),
    H: pass(),
  }) },
  { name: 'Parallel inside Map inside Parallel', definition: machine({
    P: parallel([branch({ M: map(branch({ Q: parallel([branch({ X: pass() }), branch({ Y: pass() })]) })) }), branch({ Z: succeed() })]),
  }) },
  { name: 'distributed Map with every option', definition: machine({
    M: distributedMap({ P: pass() }, {
      ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'GIVEN', CSVHeaders: ['id', 'name'], CSVDelimiter: 'SEMICOLON', MaxItems: 100 }, Parameters: { Bucket: 'b', 'Key.$': '$.key' } },
      ItemBatcher: { MaxItemsPerBatch: 10, MaxInputBytesPerBatch: 262144, BatchInput: { 'run.$': '$$.Execution.Id' } },
      ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'out', Prefix: 'results' }, WriterConfig: { OutputType: 'JSONL', Transformation: 'FLATTEN' } },
      ToleratedFailurePercentage: 5, ToleratedFailureCount: 10, Label: 'NightlyImport', MaxConcurrency: 1000,
    }),
  }) },
  { name: 'JSONata distributed Map with Arguments', definition: jsonataMachine({
    M: map(branch({ P: pass() }, { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' } }), {
      ItemReader: { Resource: 'arn:aws:states:::s3:listObjectsV2', Arguments: { Bucket: '{% $states.input.bucket %}' } },
      ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Arguments: { Bucket: 'out', Prefix: 'r' } },
      ToleratedFailurePercentage: '{% $states.input.tolerance %}',
    }),
  }) },
  { name: 'legacy Map Iterator and Parameters', definition: machine({
    M: { Type: 'Map', ItemsPath: '$.list', Parameters: { 'item.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index' }, Iterator: branch({ I: pass() }), End: true },
  }) },
  { name: 'legacy Iterator with a distributed ProcessorConfig', definition: machine({
    M: { Type: 'Map', Iterator: branch({ I: pass() }, { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } }), End: true },
  }) },
  { name: 'a JSONata state in a JSONPath machine', definition: machine({ A: pass({ QueryLanguage: 'JSONata', Output: '{% $states.input %}', Next: 'B', End: undefined }), B: pass({ QueryLanguage: 'JSONPath' }) }) },
  { name: 'a JSONata Map whose inner JSONPath state follows the machine', definition: machine({
    M: map(branch({ P: pass({ Parameters: { 'x.$': '$' } }) }), { QueryLanguage: 'JSONata', Items: '{% [1, 2] %}', Output: { n: '{% $count($states.result) %}' } }),
  }) },
  { name: 'intrinsic functions in Parameters and ErrorPath', definition: machine({
    A: { Type: 'Pass', Parameters: { 'id.$': 'States.UUID()', 'msg.$': "States.Format('Hello {}', $.name)", 'parts.$': 'States.StringSplit($.csv, \',\')', 'n.$': 'States.MathAdd($.a, 1)', 'j.$': 'States.StringToJson($.s)' }, Next: 'F' },
    F: fail({ ErrorPath: "States.Format('E{}', $.code)", CausePath: '$.why' }),
  }) },
  { name: 'variables in JSONPath Assign', definition: machine({ A: pass({ Assign: { total: 0, 'items.$': '$.items', 'first.$': '$.items[0]', _private: true, 'café': 'ok' } }) }) },
  { name: 'Credentials with a role path', definition: machine({ T: task({ Credentials: { 'RoleArn.$': '$.role' } }) }) },
  { name: 'Credentials in JSONata', definition: jsonataMachine({ T: task({ Credentials: { RoleArn: '{% $states.input.role %}' } }) }) },
  { name: 'placeholders where strings, numbers and booleans go', definition: machine({
    T: task({ Resource: '${ProcessFunctionArn}', TimeoutSeconds: '${Timeout}', HeartbeatSeconds: '${Heartbeat}', End: '${IsLast}', Parameters: { 'TableName': '${Table}', 'Key.$': '${KeyPath}' },
      Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: '${Retries}', IntervalSeconds: '${Interval}', BackoffRate: '${Backoff}', JitterStrategy: '${Jitter}' }] }),
  }) },
  { name: 'placeholders in a distributed Map', definition: machine({
    M: distributedMap({ P: pass() }, { MaxConcurrency: '${Concurrency}', ToleratedFailurePercentage: '${Tolerance}', Label: '${MapLabel}', ItemBatcher: { MaxItemsPerBatch: '${Batch}' } }),
  }) },
  { name: 'placeholders in paths, Wait and Choice', definition: machine({
    W: { Type: 'Wait', Seconds: '${Delay}', Next: 'W2' },
    W2: { Type: 'Wait', Timestamp: '${When}', Next: 'C' },
    C: choice([{ Variable: '${VarPath}', NumericGreaterThan: '${Threshold}', Next: 'D' }, { Variable: '$.flag', BooleanEquals: '${Flag}', Next: 'D' }], { Default: 'D' }),
    D: { Type: 'Pass', InputPath: '${InputPath}', ResultPath: '$.${Field}', End: true },
  }) },
  { name: 'placeholders as transition targets', definition: machine({
    A: { Type: 'Pass', Next: '${AfterA}' }, B: pass(), C: choice([{ Variable: '$.x', IsNull: true, Next: '${Target}' }], { Default: 'B' }),
  }, { StartAt: '${Start}' }) },
  { name: 'an EXPRESS workflow with plain integrations', workflowType: 'EXPRESS', definition: machine({
    T: task({ Resource: 'arn:aws:states:::lambda:invoke', Next: 'S', End: undefined }), S: task({ Resource: 'arn:aws:states:::sns:publish' }),
  }) },
  { name: '.sync in a STANDARD workflow and in STANDARD map children', definition: machine({
    T: task({ Resource: 'arn:aws:states:::states:startExecution.sync:2', Next: 'M', End: undefined }),
    M: map(branch({ W: task({ Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken' }) }, { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } })),
  }) },
  { name: 'a Choice loop with an exit', definition: machine({
    Check: task({ Next: 'Done?', End: undefined }),
    'Done?': choice([{ Variable: '$.status', StringEquals: 'DONE', Next: 'Finish' }], { Default: 'Wait' }),
    Wait: wait({ Seconds: 30, Next: 'Check', End: undefined }),
    Finish: succeed(),
  }) },
  { name: 'an ItemProcessor loop without a terminal state (AWS accepts it)', definition: machine({ M: map(branch({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' } })) }) },
  { name: 'ItemReader on an inline Map (AWS accepts it)', definition: machine({ M: map(branch({ P: pass() }), { ItemReader: { Resource: 'arn:aws:states:::s3:getObject', Parameters: { Bucket: 'b', Key: 'k' } } }) }) },
  { name: 'state names with spaces, slashes and 80 characters', definition: machine({ 'Step 1/2': pass({ Next: 'N'.repeat(80), End: undefined }), ['N'.repeat(80)]: pass() }) },
  { name: 'a JSONata lambda and local bindings', definition: jsonataMachine({ A: pass({ Output: '{% ($double := function($x) { $x * 2 }; $map($states.input.list, $double)) %}' }) }) },
  { name: 'JSONata filters with names inside predicates', definition: jsonataMachine({ A: pass({ Output: '{% $states.input.items[price > 10].name %}' }) }) },
  { name: 'top-level TimeoutSeconds, Version and Comment', definition: machine({ A: pass() }, { TimeoutSeconds: 3600, Version: '1.0', Comment: 'demo' }) },
];

describe('validate: valid definitions', () => {
  it.each(valid)('$name has no errors', ({ definition, workflowType }) => {
    expect(errorsOf(definition, workflowType)).toEqual([]);
  });
});

describe('validate: real-world fixtures', () => {
  it('has fixtures to check', () => {
    expect(realWorldFixtures.length).toBeGreaterThanOrEqual(36);
  });

  it.each(realWorldFixtures.map((f) => [f.file, f] as const))('%s validates without errors', (_file, fixture) => {
    const errors = validateText(fixture.text, fixture.format).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });
});
