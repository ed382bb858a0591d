import { describe, it, expect } from 'vitest';
import { exec, single } from '../testkit';

const invoke = 'arn:aws:states:::lambda:invoke';
const lambdaArn = 'arn:aws:lambda:us-east-1:1:function:f';

const mockConfig = {
  StateMachines: { M: { TestCases: { Happy: { T: 'Answers' } } } },
  MockedResponses: {
    Answers: { '0': { Throw: { Error: 'Lambda.TooManyRequestsException', Cause: 'slow' } }, '1-2': { Return: { Payload: 'ok' } } },
  },
};

describe('Task handler chain', () => {
  it('gives the n-th invocation of a state the mock keyed n', async () => {
    const def = single({ Type: 'Task', Resource: invoke, Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'] }] });
    const r = await exec({ ...def, States: { T: (def.States as Record<string, unknown>).S } , StartAt: 'T' }, { mocks: { config: mockConfig, testCase: 'Happy' } });
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: { Payload: 'ok' } });
    expect(r.types.filter((t) => t === 'TaskFailed')).toHaveLength(1);
  });

  it('fails with AslStudio.NoMockForTask, naming the state, when nothing answers', async () => {
    const r = await exec(single({ Type: 'Task', Resource: invoke, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'S' }] }));
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('AslStudio.NoMockForTask');
    expect(r.cause).toContain("Task state 'S'");
    expect(r.cause).toContain('--mock-config');
  });

  it('fails clearly when a mock has no entry for an invocation', async () => {
    const loop = { StartAt: 'T', States: { T: { Type: 'Task', Resource: invoke, Next: 'T2' }, T2: { Type: 'Pass', Next: 'T' } } };
    const r = await exec(loop, { mocks: { config: { StateMachines: { M: { TestCases: { C: { T: 'R' } } } }, MockedResponses: { R: { '0': { Return: 1 } } } }, testCase: 'C' } });
    expect(r).toMatchObject({ status: 'FAILED', error: 'AslStudio.NoMockForTask' });
    expect(r.cause).toContain('no entry for invocation #1');
  });

  it('wraps a handler\'s plain value as lambda:invoke does, but not for Lambda ARNs or { result }', async () => {
    const wrapped = await exec(single({ Type: 'Task', Resource: invoke, OutputPath: '$.Payload' }), { handlers: { S: () => ({ n: 1 }) } });
    expect(wrapped.output).toEqual({ n: 1 });
    expect((await exec(single({ Type: 'Task', Resource: lambdaArn }), { handlers: { S: () => ({ n: 1 }) } })).output).toEqual({ n: 1 });
    expect((await exec(single({ Type: 'Task', Resource: invoke }), { handlers: { S: () => ({ result: 7 }) } })).output).toBe(7);
  });

  it('finds handlers by state name, then by resource, then the default handler; async handlers work', async () => {
    const def = { StartAt: 'A', States: { A: { Type: 'Task', Resource: lambdaArn, Next: 'B' }, B: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Next: 'C' }, C: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', ResultPath: '$.c', End: true } } };
    const r = await exec(def, {
      input: {},
      handlers: { A: async () => ({ a: 1 }), 'arn:aws:states:::sns:publish': (i) => ({ ...(i.input as object), b: 2 }) },
      defaultHandler: (i) => i.stateName,
    });
    expect(r.output).toEqual({ a: 1, b: 2, c: 'C' });
  });

  it('turns a thrown error into the task error (name and message)', async () => {
    class PaymentDeclined extends Error {
      override name = 'PaymentDeclined';
    }
    const r = await exec(single({ Type: 'Task', Resource: lambdaArn }), { handlers: { S: () => { throw new PaymentDeclined('card expired'); } } });
    expect(r).toMatchObject({ status: 'FAILED', error: 'PaymentDeclined', cause: 'card expired' });
    expect(r.types).toContain('LambdaFunctionFailed');
  });

  it('times a slow task out with TimeoutSeconds (TaskTimedOut, States.Timeout)', async () => {
    const def = single({ Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', TimeoutSeconds: 30 });
    const r = await exec(def, { callbackGraceMs: 0 });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect(r.types).toContain('TaskTimedOut');
    expect(Date.parse(r.stopDate) - Date.parse(r.startDate)).toBe(30000);
  });
});

describe('async answers racing the driver', () => {
  it('invokes a JSONata Task once when its async handler settles before the step does', async () => {
    let calls = 0;
    const def = { QueryLanguage: 'JSONata', StartAt: 'T', States: { T: { Type: 'Task', Resource: invoke, Arguments: { n: '{% $states.input.n %}' }, Output: '{% $states.result %}', End: true } } };
    const r = await exec(def, { input: { n: 1 }, handlers: { T: async () => { calls++; return { result: 'done' }; } } });
    expect(r.output).toBe('done');
    expect(calls).toBe(1);
  });
});
