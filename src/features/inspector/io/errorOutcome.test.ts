import { describe, expect, it } from 'vitest';
import type { State } from '../../../asl/types';
import { testState } from '../../../engine';
import { errorOutcomeOf, formatSeconds } from './errorOutcome';

const task = {
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: 3 }],
  Catch: [
    { ErrorEquals: ['Payment.Declined'], ResultPath: '$.declined', Next: 'Declined' },
    { ErrorEquals: ['States.ALL'], ResultPath: null, Next: 'Cleanup' },
  ],
  Next: 'Ship',
} as unknown as State;

const run = (error: string, retrierRetryCount = 0, state = task) => testState(state, { input: { id: 1 }, mock: { error, cause: 'why' }, retrierRetryCount });

describe('what Retry and Catch do with a mocked error', () => {
  it('names the retrier, the wait and which retry it is', async () => {
    const result = await run('Lambda.TooManyRequestsException', 1);
    expect(errorOutcomeOf(task, result, 'JSONPath', 1)).toEqual({
      kind: 'retry',
      index: 0,
      errorEquals: ['Lambda.TooManyRequestsException'],
      waitSeconds: 4,
      retry: 2,
      maxAttempts: 3,
      jitter: false,
    });
  });

  it('names the catcher, the error output and the value after its ResultPath', async () => {
    const result = await run('Payment.Declined');
    expect(errorOutcomeOf(task, result, 'JSONPath', 0)).toEqual({
      kind: 'catch',
      index: 0,
      errorEquals: ['Payment.Declined'],
      next: 'Declined',
      errorOutput: { Error: 'Payment.Declined', Cause: 'why' },
      output: { id: 1, declined: { Error: 'Payment.Declined', Cause: 'why' } },
      outputLabel: "After the catcher's ResultPath ($.declined)",
    });
  });

  it('goes to Catch once the retrier has made its attempts', async () => {
    const result = await run('Lambda.TooManyRequestsException', 3);
    expect(errorOutcomeOf(task, result, 'JSONPath', 3)).toMatchObject({ kind: 'catch', index: 1, next: 'Cleanup', output: { id: 1 }, outputLabel: "After the catcher's ResultPath (null: the input is kept)" });
  });

  it.each<[string, State, string]>([
    ['no catcher matches', { ...task, Catch: [{ ErrorEquals: ['Other'], Next: 'X' }] } as unknown as State, 'No catcher matches: the state fails.'],
    ['the state has no Catch', { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } as unknown as State, 'No Catch: the state fails, and so does the execution.'],
  ])('says the state fails when %s', async (_name, state, message) => {
    const result = await run('Boom', 0, state);
    expect(errorOutcomeOf(state, result, 'JSONPath', 0)).toEqual({ kind: 'uncaught', message });
  });

  it('labels a JSONata catcher by its Output', async () => {
    const state = { Type: 'Task', QueryLanguage: 'JSONata', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Output: '{% $states.errorOutput.Error %}', Next: 'X' }], End: true } as unknown as State;
    const result = await testState(state, { mock: { error: 'Boom' }, queryLanguage: 'JSONata' });
    expect(errorOutcomeOf(state, result, 'JSONata', 0)).toMatchObject({ kind: 'catch', output: 'Boom', outputLabel: "After the catcher's Output" });
  });

  it('has nothing to say when the state succeeded', async () => {
    const result = await testState(task, { mock: { result: {} } });
    expect(errorOutcomeOf(task, result, 'JSONPath', 0)).toBeNull();
  });
});

describe('waits as a person reads them', () => {
  it.each<[number, string]>([
    [6, '6 s'],
    [0.256, '0.26 s'],
    [125, '2 min 5 s'],
    [120, '2 min'],
    [5400, '1 h 30 min'],
  ])('%s seconds -> %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});
