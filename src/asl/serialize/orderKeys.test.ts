import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../types';
import { orderKeys } from './orderKeys';

const keysOf = (value: unknown) => Object.keys(value as object);
const machineWith = (state: JsonObject) => ({ States: { S: state }, StartAt: 'S' });
const stateKeys = (state: JsonObject) => keysOf((orderKeys(machineWith(state)) as { States: { S: JsonObject } }).States.S);

describe('orderKeys', () => {
  it('orders a machine: Comment, QueryLanguage, StartAt, TimeoutSeconds, Version, States, then unknown keys', () => {
    const machine = { States: {}, Extra: 1, Version: '1.0', TimeoutSeconds: 60, StartAt: 'A', QueryLanguage: 'JSONata', Comment: 'c' };
    expect(keysOf(orderKeys(machine))).toEqual(['Comment', 'QueryLanguage', 'StartAt', 'TimeoutSeconds', 'Version', 'States', 'Extra']);
  });

  it('keeps the user order of states', () => {
    const machine = { StartAt: 'Z', States: { Z: { Type: 'Succeed' }, A: { Type: 'Succeed' }, M: { Type: 'Succeed' } } };
    expect(keysOf((orderKeys(machine) as JsonObject).States)).toEqual(['Z', 'A', 'M']);
  });

  it.each<[string, JsonObject, string[]]>([
    [
      'Task (JSONPath)',
      { Next: 'B', Catch: [], Retry: [], TimeoutSeconds: 5, OutputPath: '$', ResultPath: '$.r', ResultSelector: {}, InputPath: '$', Parameters: {}, Resource: 'arn', Comment: 'c', Type: 'Task' },
      ['Type', 'Comment', 'Resource', 'Parameters', 'InputPath', 'ResultSelector', 'ResultPath', 'OutputPath', 'TimeoutSeconds', 'Retry', 'Catch', 'Next'],
    ],
    [
      'Task (JSONata)',
      { End: true, Assign: {}, Output: '{% 1 %}', Arguments: {}, Resource: 'arn', QueryLanguage: 'JSONata', Type: 'Task', HeartbeatSeconds: 3, Credentials: {} },
      ['Type', 'QueryLanguage', 'Resource', 'Arguments', 'Credentials', 'Output', 'Assign', 'HeartbeatSeconds', 'End'],
    ],
    ['Pass', { Next: 'B', ResultPath: '$.x', Result: 1, Type: 'Pass' }, ['Type', 'Result', 'ResultPath', 'Next']],
    ['Choice', { Default: 'D', Choices: [], Type: 'Choice', Comment: 'c' }, ['Type', 'Comment', 'Choices', 'Default']],
    ['Wait', { End: true, Seconds: 5, Type: 'Wait' }, ['Type', 'Seconds', 'End']],
    ['Fail', { Cause: 'c', Error: 'E', Type: 'Fail' }, ['Type', 'Error', 'Cause']],
    ['Succeed', { OutputPath: '$', Type: 'Succeed' }, ['Type', 'OutputPath']],
    ['Parallel', { Next: 'N', ResultPath: null, Branches: [], Type: 'Parallel' }, ['Type', 'Branches', 'ResultPath', 'Next']],
    [
      'Map (distributed)',
      { End: true, ResultWriter: {}, ItemProcessor: { StartAt: 'A', States: {} }, MaxConcurrency: 10, ItemBatcher: {}, ItemSelector: {}, ItemsPath: '$.i', ItemReader: {}, Label: 'L', ToleratedFailurePercentage: 5, Type: 'Map' },
      ['Type', 'ItemReader', 'ItemsPath', 'ItemSelector', 'ItemBatcher', 'MaxConcurrency', 'ItemProcessor', 'ResultWriter', 'Label', 'ToleratedFailurePercentage', 'End'],
    ],
    ['an unknown type: common fields still lead and Next still ends', { Next: 'B', Foo: 1, Type: 'Bogus', Comment: 'c' }, ['Type', 'Comment', 'Foo', 'Next']],
    ['unknown fields: after the known ones, before Next/End, in their own order', { End: true, Zeta: 1, Type: 'Pass', Alpha: 2 }, ['Type', 'Zeta', 'Alpha', 'End']],
  ])('orders a %s state', (_name, state, expected) => {
    expect(stateKeys(state)).toEqual(expected);
  });

  it('orders retriers and catchers with ErrorEquals first and a catcher\'s Next last', () => {
    const state = stateKeysObject({
      Type: 'Task',
      Resource: 'arn',
      Retry: [{ BackoffRate: 2, MaxAttempts: 3, ErrorEquals: ['E'], JitterStrategy: 'FULL', IntervalSeconds: 1 }],
      Catch: [{ Next: 'F', ResultPath: '$.e', ErrorEquals: ['States.ALL'] }],
    });
    expect(keysOf((state.Retry as JsonObject[])[0])).toEqual(['ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'JitterStrategy']);
    expect(keysOf((state.Catch as JsonObject[])[0])).toEqual(['ErrorEquals', 'ResultPath', 'Next']);
  });

  it('orders Choice rules, nested And/Not too, with Next last', () => {
    const state = stateKeysObject({
      Type: 'Choice',
      Choices: [{ Next: 'A', And: [{ StringEquals: 'x', Variable: '$.a' }, { Not: { IsNull: true, Variable: '$.b' } }] }],
    });
    const rule = (state.Choices as JsonObject[])[0];
    expect(keysOf(rule)).toEqual(['And', 'Next']);
    const [first, second] = rule.And as JsonObject[];
    expect(keysOf(first)).toEqual(['Variable', 'StringEquals']);
    expect(keysOf(second.Not)).toEqual(['Variable', 'IsNull']);
  });

  it('orders nested fragments like a machine, at any depth (Parallel branches, Map processors)', () => {
    const state = stateKeysObject({
      Type: 'Parallel',
      Branches: [
        {
          States: { M: { ItemProcessor: { States: { P: { End: true, Type: 'Pass' } }, StartAt: 'P', ProcessorConfig: { Mode: 'INLINE' } }, Type: 'Map', End: true } },
          StartAt: 'M',
        },
      ],
    });
    const branch = (state.Branches as JsonObject[])[0];
    expect(keysOf(branch)).toEqual(['StartAt', 'States']);
    const map = (branch.States as JsonObject).M as JsonObject;
    expect(keysOf(map)).toEqual(['Type', 'ItemProcessor', 'End']);
    expect(keysOf(map.ItemProcessor)).toEqual(['ProcessorConfig', 'StartAt', 'States']);
    expect(keysOf(((map.ItemProcessor as JsonObject).States as JsonObject).P)).toEqual(['Type', 'End']);
  });

  it('orders ItemReader, ReaderConfig, ItemBatcher and ResultWriter', () => {
    const state = stateKeysObject({
      Type: 'Map',
      ItemReader: { ReaderConfig: { MaxItems: 10, CSVHeaderLocation: 'FIRST_ROW', InputType: 'CSV' }, Resource: 'arn:aws:states:::s3:getObject', Parameters: {} },
      ItemBatcher: { BatchInput: {}, MaxItemsPerBatch: 10 },
      ResultWriter: { Parameters: {}, Resource: 'arn:aws:states:::s3:putObject' },
    });
    const reader = state.ItemReader as JsonObject;
    expect(keysOf(reader)).toEqual(['Resource', 'ReaderConfig', 'Parameters']);
    expect(keysOf(reader.ReaderConfig)).toEqual(['InputType', 'CSVHeaderLocation', 'MaxItems']);
    expect(keysOf(state.ItemBatcher)).toEqual(['MaxItemsPerBatch', 'BatchInput']);
    expect(keysOf(state.ResultWriter)).toEqual(['Resource', 'Parameters']);
  });

  it.each([
    ['Parameters', { Type: 'Task', Resource: 'arn', Parameters: { Type: 'x', Next: 'y', Comment: 'z', States: {} } }],
    ['Arguments', { Type: 'Task', Resource: 'arn', Arguments: { Next: 1, Type: 2 } }],
    ['Result', { Type: 'Pass', Result: { StartAt: 'x', Comment: 'y' } }],
    ['ItemSelector', { Type: 'Map', ItemSelector: { ErrorEquals: 1, Next: 2 } }],
    ['Assign', { Type: 'Pass', Assign: { Type: 1, Comment: 2 } }],
    ['Output', { Type: 'Pass', Output: { Next: 1, Type: 2 } }],
  ])('leaves a %s payload in the user order, even with ASL-looking keys', (field, state) => {
    const ordered = stateKeysObject(state as JsonObject);
    expect(ordered[field]).toEqual((state as JsonObject)[field]);
    expect(keysOf(ordered[field])).toEqual(keysOf((state as JsonObject)[field]));
  });

  it('does not modify its input', () => {
    const machine = { States: { A: { End: true, Type: 'Pass' } }, StartAt: 'A' };
    const copy = structuredClone(machine);
    orderKeys(machine);
    expect(machine).toEqual(copy);
    expect(keysOf(machine)).toEqual(['States', 'StartAt']);
  });

  it('leaves a value of the wrong shape as written (Branches as an object, States as an array)', () => {
    const machine = { StartAt: 'A', States: { A: { Type: 'Parallel', Branches: { States: {}, StartAt: 'x' } } } };
    const ordered = orderKeys(machine) as { States: { A: { Branches: JsonObject } } };
    expect(keysOf(ordered.States.A.Branches)).toEqual(['States', 'StartAt']);
    expect(orderKeys({ States: [1, 2], StartAt: 'A' })).toEqual({ StartAt: 'A', States: [1, 2] });
  });

  it.each([null, 1, 'text', true, [{ States: {}, StartAt: 'A' }]])('returns a non-object document as is: %j', (value) => {
    expect(orderKeys(value)).toEqual(value);
    if (Array.isArray(value)) expect(keysOf(value[0])).toEqual(['States', 'StartAt']);
  });

  it('keeps a "__proto__" key as a key', () => {
    const value = JSON.parse('{"StartAt": "A", "__proto__": {"x": 1}}');
    const ordered = orderKeys(value);
    expect(keysOf(ordered)).toEqual(['StartAt', '__proto__']);
    expect(Object.getPrototypeOf(ordered)).toBe(Object.prototype);
  });
});

function stateKeysObject(state: JsonObject): JsonObject {
  return (orderKeys(machineWith(state)) as { States: { S: JsonObject } }).States.S;
}
