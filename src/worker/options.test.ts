import { describe, expect, it } from 'vitest';
import type { JsonValue, StateMachine } from '../asl/types';
import { runExecution, type TaskInvocation } from '../engine';
import { echoTaskInput, toExecutionOptions } from './options';

const invocation = (resource: string, input: JsonValue, taskToken?: string): TaskInvocation => ({
  stateName: 'T',
  resource,
  input,
  context: {},
  invocation: 0,
  retryCount: 0,
  taskToken,
});

describe('echoTaskInput', () => {
  it.each([
    ['an SDK integration returns its parameters', 'arn:aws:states:::dynamodb:putItem', { TableName: 't' }, { result: { TableName: 't' } }],
    ['a Lambda ARN returns its input', 'arn:aws:lambda:us-east-1:1:function:f', { a: 1 }, { result: { a: 1 } }],
    ['lambda:invoke returns the Payload the function received', 'arn:aws:states:::lambda:invoke', { FunctionName: 'f', Payload: { a: 1 } }, { a: 1 }],
    ['a payload shaped like an outcome is not read as one', 'arn:aws:states:::lambda:invoke', { Payload: { error: 'x' } }, { result: { Payload: { error: 'x' }, StatusCode: 200 } }],
  ])('%s', (_name, resource, input, expected) => {
    expect(echoTaskInput(invocation(resource, input))).toEqual(expected);
  });

  it('leaves .waitForTaskToken tasks waiting for the callback', () => {
    expect(echoTaskInput(invocation('arn:aws:states:::sqs:sendMessage.waitForTaskToken', {}, 'tok'))).toEqual({ waitForCallback: true });
  });

  it('lets an unmocked Lambda workflow run to its end', async () => {
    const def: StateMachine = {
      StartAt: 'Call',
      States: { Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f', 'Payload.$': '$' }, OutputPath: '$.Payload', End: true } },
    };
    const withEcho = await runExecution(def, toExecutionOptions({ n: 1 }, { echoTaskInput: true }));
    expect([withEcho.status, withEcho.output]).toEqual(['SUCCEEDED', { n: 1 }]);
    const without = await runExecution(def, toExecutionOptions({ n: 1 }, {}));
    expect(without.status).toBe('FAILED');
    expect(without.cause).toMatch(/Call/);
  });

  it('maps a scaled clock setting to the engine clock', () => {
    expect(toExecutionOptions({}, { clock: { scaled: 10 } }).clock).toEqual({ mode: 'scaled', factor: 10 });
    expect(toExecutionOptions({}, {}).clock).toBeUndefined();
  });
});
