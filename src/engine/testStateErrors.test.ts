import { describe, expect, it } from 'vitest';
import { createRandom } from './random';
import { catcherFor, retrierFor } from './testStateErrors';

const random = () => createRandom(1);

describe('retrierFor (which retrier would retry, and after how long)', () => {
  const retry = [
    { ErrorEquals: ['Lambda.TooManyRequestsException'], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 4 },
    { ErrorEquals: ['Never'], MaxAttempts: 0 },
    { ErrorEquals: ['States.ALL'] },
  ];

  it.each<[string, string, number, { retryIndex: number; retryBackoffIntervalSeconds: number } | null]>([
    ['the first matching retrier, first back-off = IntervalSeconds', 'Lambda.TooManyRequestsException', 0, { retryIndex: 0, retryBackoffIntervalSeconds: 2 }],
    ['back-off grows by BackoffRate per retry made', 'Lambda.TooManyRequestsException', 2, { retryIndex: 0, retryBackoffIntervalSeconds: 18 }],
    ['an exhausted retrier leaves it to Catch, even if a later one matches', 'Lambda.TooManyRequestsException', 4, null],
    ['a later retrier when earlier ones do not match (defaults: 1 s, rate 2)', 'Boom', 1, { retryIndex: 2, retryBackoffIntervalSeconds: 2 }],
    ['MaxAttempts 0 never retries', 'Never', 0, null],
    ['States.Runtime is never retried', 'States.Runtime', 0, null],
  ])('%s', (_name, error, count, expected) => {
    expect(retrierFor(retry, error, count, random())).toEqual(expected);
  });

  it('caps the back-off at MaxDelaySeconds and takes a random share with FULL jitter', () => {
    expect(retrierFor([{ ErrorEquals: ['E'], IntervalSeconds: 10, MaxDelaySeconds: 15 }], 'E', 2, random())?.retryBackoffIntervalSeconds).toBe(15);
    const jittered = retrierFor([{ ErrorEquals: ['E'], IntervalSeconds: 10, JitterStrategy: 'FULL' }], 'E', 0, random())?.retryBackoffIntervalSeconds ?? -1;
    expect(jittered).toBeGreaterThanOrEqual(0);
    expect(jittered).toBeLessThan(10);
  });

  it('skips malformed entries but keeps the indexes of the list as written', () => {
    expect(retrierFor([null, 'x', { ErrorEquals: ['E'] }], 'E', 0, random())).toEqual({ retryIndex: 2, retryBackoffIntervalSeconds: 1 });
    expect(retrierFor('nope', 'E', 0, random())).toBeNull();
  });
});

describe('catcherFor (which catcher takes the error)', () => {
  const catchers = [
    { ErrorEquals: ['Payment.Declined'], Next: 'Declined' },
    { ErrorEquals: ['States.TaskFailed'], Next: 'Failed' },
    { ErrorEquals: ['States.ALL'], Next: 'Anything' },
  ];
  it.each<[string, number | null]>([
    ['Payment.Declined', 0],
    ['Lambda.Unknown', 1],
    ['States.Timeout', 2],
    ['States.Runtime', null],
  ])('%s -> catcher %s', (error, index) => {
    expect(catcherFor(catchers, error)).toBe(index);
  });
});
