import { describe, it, expect } from 'vitest';
import { testState } from './testState';

const task = {
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  InputPath: '$.order',
  Parameters: { 'FunctionName': 'charge', 'Payload.$': '$' },
  ResultSelector: { 'charged.$': '$.Payload.amount' },
  ResultPath: '$.charge',
  OutputPath: '$.charge',
  Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], MaxAttempts: 2 }],
  Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Refund' }],
  Next: 'Ship',
} as const;

describe('testState (as the TestState API)', () => {
  it('reports every data-flow phase of a Task', async () => {
    const r = await testState(task as never, { input: { order: { amount: 5 } }, mock: { result: { Payload: { amount: 5 } } } });
    expect(r).toMatchObject({
      status: 'SUCCEEDED',
      afterInputPath: { amount: 5 },
      afterParameters: { FunctionName: 'charge', Payload: { amount: 5 } },
      result: { Payload: { amount: 5 } },
      afterResultSelector: { charged: 5 },
      afterResultPath: { order: { amount: 5 }, charge: { charged: 5 } },
      output: { charged: 5 },
      nextState: 'Ship',
    });
  });

  it.each<[string, { error: string; cause?: string }, string, string | null]>([
    ['RETRIABLE when a retrier would retry', { error: 'Lambda.TooManyRequestsException' }, 'RETRIABLE', null],
    ['CAUGHT_ERROR when a catcher takes it', { error: 'Boom', cause: 'x' }, 'CAUGHT_ERROR', 'Refund'],
  ])('is %s', async (_n, mock, status, next) => {
    const r = await testState(task as never, { input: { order: {} }, mock });
    expect(r.status).toBe(status);
    expect(r.nextState).toBe(next);
    expect(r.error).toBe(mock.error);
  });

  it('is FAILED when nothing catches the error', async () => {
    const r = await testState({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } as never, { mock: { error: 'Boom', cause: 'bad' } });
    expect(r).toMatchObject({ status: 'FAILED', error: 'Boom', cause: 'bad', output: null });
  });

  it('tests a Pass with variables in scope and shows the variables after it', async () => {
    const r = await testState({ Type: 'Pass', Parameters: { 'sum.$': 'States.MathAdd($.a, $b)' }, Assign: { 'last.$': '$.sum' }, Next: 'Next' } as never, { input: { a: 1 }, variables: { b: 2 } });
    expect(r).toMatchObject({ status: 'SUCCEEDED', afterParameters: { sum: 3 }, output: { sum: 3 }, variables: { b: 2, last: 3 }, nextState: 'Next' });
  });

  it('tests a Choice (next state) and a JSONata Map', async () => {
    const choice = await testState({ Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: 1, Next: 'Big' }], Default: 'Small' } as never, { input: { n: 5 } });
    expect(choice).toMatchObject({ status: 'SUCCEEDED', nextState: 'Big', output: { n: 5 } });
    const map = await testState(
      { Type: 'Map', QueryLanguage: 'JSONata', Items: '{% $states.input %}', ItemProcessor: { StartAt: 'D', States: { D: { Type: 'Pass', Output: '{% $states.input * 2 %}', End: true } } }, End: true } as never,
      { input: [1, 2], queryLanguage: 'JSONata' },
    );
    expect(map).toMatchObject({ status: 'SUCCEEDED', result: [2, 4], output: [2, 4], nextState: null });
  });
});

describe('testState error details (as AWS inspectionData.errorDetails)', () => {
  const guarded = {
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 3, MaxAttempts: 2 }],
    Catch: [
      { ErrorEquals: ['Other'], Next: 'Other' },
      { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Refund' },
    ],
    Next: 'Ship',
  } as const;

  it('reports the retrier and its back-off while it has retries left', async () => {
    const r = await testState(guarded as never, { input: { id: 1 }, variables: { v: 1 }, mock: { error: 'Boom' }, retrierRetryCount: 1 });
    expect(r).toMatchObject({ status: 'RETRIABLE', nextState: null, output: null, variables: { v: 1 } });
    expect(r.inspectionData.errorDetails).toEqual({ retryIndex: 0, retryBackoffIntervalSeconds: 6 });
  });

  it('reports the catcher, the next state and the output after its ResultPath once retries are spent', async () => {
    const r = await testState(guarded as never, { input: { id: 1 }, mock: { error: 'Boom', cause: 'card' }, retrierRetryCount: 2 });
    expect(r).toMatchObject({
      status: 'CAUGHT_ERROR',
      nextState: 'Refund',
      output: { id: 1, error: { Error: 'Boom', Cause: 'card' } },
      errorDetails: { catchIndex: 1 },
    });
  });

  it('resolves $variables in Parameters from the variables in scope', async () => {
    const r = await testState({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'order.$': '$orderId' }, End: true } as never, {
      variables: { orderId: 'o-1' },
      mock: { result: {} },
    });
    expect(r.afterParameters).toEqual({ order: 'o-1' });
  });
});
