import { describe, it, expect } from 'vitest';
import type { JsonValue } from '../asl/types';
import { exec, single } from './testkit';

const lambda = 'arn:aws:states:::lambda:invoke';

describe('JSONPath data flow (InputPath -> Parameters -> task -> ResultSelector -> ResultPath -> OutputPath)', () => {
  it.each<[string, Record<string, JsonValue>, JsonValue, JsonValue]>([
    ['Pass passes its input through', { Type: 'Pass' }, { a: 1 }, { a: 1 }],
    ['InputPath selects part of the input', { Type: 'Pass', InputPath: '$.a' }, { a: { b: 1 } }, { b: 1 }],
    ['InputPath null gives {}', { Type: 'Pass', InputPath: null }, { a: 1 }, {}],
    ['Parameters builds from paths and literals', { Type: 'Pass', Parameters: { 'x.$': '$.a', y: 'lit', z: { 'deep.$': '$.b[1]' } } }, { a: 1, b: [5, 6] }, { x: 1, y: 'lit', z: { deep: 6 } }],
    ['Parameters reads the context object', { Type: 'Pass', Parameters: { 'n.$': '$$.State.Name', 'in.$': '$$.Execution.Input.a' } }, { a: 7 }, { n: 'S', in: 7 }],
    ['Parameters calls intrinsics', { Type: 'Pass', Parameters: { 's.$': "States.Format('{}-{}', $.a, $.b)" } }, { a: 1, b: 'x' }, { s: '1-x' }],
    ['Result replaces the input', { Type: 'Pass', Result: { r: 1 } }, { a: 1 }, { r: 1 }],
    ['Result is literal even with .$ keys', { Type: 'Pass', Result: { 'k.$': '$.a' } }, { a: 1 }, { 'k.$': '$.a' }],
    ['ResultPath merges into the raw input', { Type: 'Pass', Result: 2, ResultPath: '$.r' }, { a: 1 }, { a: 1, r: 2 }],
    ['ResultPath creates missing objects', { Type: 'Pass', Result: 2, ResultPath: '$.x.y' }, { a: 1 }, { a: 1, x: { y: 2 } }],
    ['ResultPath null keeps the raw input', { Type: 'Pass', Result: 2, ResultPath: null }, { a: 1 }, { a: 1 }],
    ['ResultPath merges into the input before InputPath', { Type: 'Pass', InputPath: '$.a', ResultPath: '$.copy' }, { a: { b: 1 } }, { a: { b: 1 }, copy: { b: 1 } }],
    ['OutputPath selects from the combined output', { Type: 'Pass', Result: { z: 3 }, ResultPath: '$.r', OutputPath: '$.r.z' }, { a: 1 }, 3],
    ['OutputPath null gives {}', { Type: 'Pass', OutputPath: null }, { a: 1 }, {}],
  ])('%s', async (_name, state, input, output) => {
    const r = await exec(single(state), { input });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual(output);
  });

  it('runs ResultSelector on the task result before ResultPath and OutputPath', async () => {
    const r = await exec(
      single({ Type: 'Task', Resource: lambda, Parameters: { 'FunctionName.$': '$.fn' }, ResultSelector: { 'body.$': '$.Payload.body' }, ResultPath: '$.out', OutputPath: '$.out.body' }),
      { input: { fn: 'f' }, handlers: { S: () => ({ body: 'hi' }) } },
    );
    expect(r.output).toBe('hi');
  });

  it.each<[string, Record<string, JsonValue>, JsonValue, string, RegExp]>([
    ['an InputPath that selects nothing', { Type: 'Pass', InputPath: '$.nope' }, {}, 'States.Runtime', /Invalid path '\$\.nope' : No results for path: \$\['nope'\]/],
    ['a Parameters path that selects nothing', { Type: 'Pass', Parameters: { 'v.$': '$.nope' } }, { a: 1 }, 'States.Runtime', /The JSONPath '\$\.nope' specified for the field 'v\.\$' could not be found in the input '\{"a":1\}'/],
    ['an OutputPath that selects nothing', { Type: 'Pass', OutputPath: '$.nope' }, {}, 'States.Runtime', /Invalid path '\$\.nope'/],
    ['a ResultPath through a string', { Type: 'Pass', Result: 1, ResultPath: '$.a.b' }, { a: 'text' }, 'States.ResultPathMatchFailure', /ResultPath/],
  ])('fails on %s with AWS\'s error and the state prefix', async (_name, state, input, error, cause) => {
    const r = await exec(single(state), { input });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe(error);
    expect(r.cause).toMatch(/^An error occurred while executing the state 'S' \(entered at the event id #2\)\. /);
    expect(r.cause).toMatch(cause);
  });
});
