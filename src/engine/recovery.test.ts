import { describe, it, expect } from 'vitest';
import { exec, T0 } from './testkit';
import { errorMatches } from './errors';
import { retryDelayMs } from './recovery';
import { createRandom } from './random';

const lambda = 'arn:aws:states:::lambda:invoke';

describe('errorMatches (Retry/Catch ErrorEquals)', () => {
  it.each<[string[], string | null, boolean]>([
    [['States.ALL'], 'Lambda.Unknown', true],
    [['States.ALL'], 'States.Timeout', true],
    [['States.ALL'], 'States.Runtime', false],
    [['States.Runtime'], 'States.Runtime', true],
    [['States.TaskFailed'], 'MyError', true],
    [['States.TaskFailed'], 'States.Timeout', false],
    [['States.Timeout'], 'States.HeartbeatTimeout', true],
    [['States.HeartbeatTimeout'], 'States.Timeout', false],
    [['A', 'B'], 'B', true],
    [['A'], 'a', false],
    [['States.ALL'], null, true],
  ])('%j matches %s: %s', (equals, error, expected) => {
    expect(errorMatches(equals, error)).toBe(expected);
  });
});

describe('retryDelayMs', () => {
  const base = { errorEquals: ['X'], intervalSeconds: 2, maxAttempts: 5, backoffRate: 3, maxDelaySeconds: null, jitter: false };
  it('grows by BackoffRate and is capped by MaxDelaySeconds', () => {
    expect([0, 1, 2].map((a) => retryDelayMs(base, a, createRandom(1)))).toEqual([2000, 6000, 18000]);
    expect(retryDelayMs({ ...base, maxDelaySeconds: 5 }, 2, createRandom(1))).toBe(5000);
  });
  it('picks a delay between 0 and the back-off with JitterStrategy FULL', () => {
    const r = createRandom(4);
    for (let i = 0; i < 50; i++) {
      const d = retryDelayMs({ ...base, jitter: true }, 1, r);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(6000);
    }
  });
});

function flaky(failures: number, error = 'Flaky') {
  let n = 0;
  return () => {
    if (n++ < failures) throw Object.assign(new Error('try again'), { name: error });
    return { result: { ok: true } };
  };
}

describe('Retry', () => {
  it('retries with back-off on the virtual clock and counts $$.State.RetryCount', async () => {
    const counts: number[] = [];
    const def = { StartAt: 'T', States: { T: { Type: 'Task', Resource: lambda, Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 1, BackoffRate: 2, MaxAttempts: 3 }], End: true } } };
    const handler = flaky(2);
    const r = await exec(def, { handlers: { T: (i) => { counts.push(i.retryCount); return handler(); } } });
    expect(r.status).toBe('SUCCEEDED');
    expect(counts).toEqual([0, 1, 2]);
    expect(Date.parse(r.stopDate) - T0).toBe(3000);
    expect(r.types.filter((t) => t === 'TaskScheduled')).toHaveLength(3);
  });

  it('never retries with MaxAttempts 0, and gives up after MaxAttempts', async () => {
    const def = (max: number) => ({ StartAt: 'T', States: { T: { Type: 'Task', Resource: lambda, Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: max }], End: true } } });
    const zero = await exec(def(0), { handlers: { T: flaky(1) } });
    expect(zero).toMatchObject({ status: 'FAILED', error: 'Flaky', cause: 'try again' });
    const two = await exec(def(2), { handlers: { T: flaky(5) } });
    expect(two.types.filter((t) => t === 'TaskFailed')).toHaveLength(3);
  });

  it('uses the first retrier whose ErrorEquals matches', async () => {
    const def = { StartAt: 'T', States: { T: { Type: 'Task', Resource: lambda, Retry: [{ ErrorEquals: ['Flaky'], MaxAttempts: 1 }, { ErrorEquals: ['States.ALL'], MaxAttempts: 5 }], End: true } } };
    const r = await exec(def, { handlers: { T: flaky(3) } });
    expect(r.status).toBe('FAILED');
    expect(r.types.filter((t) => t === 'TaskFailed')).toHaveLength(2);
  });

  it('does not retry or catch States.Runtime through States.ALL', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', InputPath: '$.missing', End: true } } }],
          Retry: [{ ErrorEquals: ['States.ALL'] }],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'C' }],
          End: true,
        },
        C: { Type: 'Succeed' },
      },
    };
    const r = await exec(def);
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
  });
});

describe('Catch', () => {
  it('puts the error output at ResultPath of the raw input and moves to Next', async () => {
    const def = { StartAt: 'T', States: { T: { Type: 'Task', Resource: lambda, Catch: [{ ErrorEquals: ['Nope'], Next: 'X' }, { ErrorEquals: ['Flaky'], ResultPath: '$.err', Next: 'H' }], End: true }, X: { Type: 'Fail' }, H: { Type: 'Pass', End: true } } };
    const r = await exec(def, { input: { a: 1 }, handlers: { T: flaky(1) } });
    expect(r.output).toEqual({ a: 1, err: { Error: 'Flaky', Cause: 'try again' } });
    expect(r.types).toEqual(['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskFailed', 'TaskStateExited', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
  });

  it('binds an empty Cause when the error has none', async () => {
    const def = { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E' } } }], Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H' }], End: true }, H: { Type: 'Pass', End: true } } };
    expect((await exec(def)).output).toEqual({ Error: 'E', Cause: '' });
  });

  it('runs after the retries are exhausted, with JSONata Output and Assign reading $states.errorOutput', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: lambda, Retry: [{ ErrorEquals: ['Flaky'], MaxAttempts: 1 }], Catch: [{ ErrorEquals: ['States.ALL'], Output: { in: '{% $states.input %}', err: '{% $states.errorOutput.Error %}' }, Assign: { caught: '{% $states.errorOutput.Cause %}' }, Next: 'H' }], End: true },
        H: { Type: 'Pass', Output: { out: '{% $states.input %}', v: '{% $caught %}' }, End: true },
      },
    };
    const r = await exec(def, { input: { a: 1 }, handlers: { T: flaky(2) } });
    expect(r.output).toEqual({ out: { in: { a: 1 }, err: 'Flaky' }, v: 'try again' });
  });
});
