import { describe, it, expect } from 'vitest';
import { exec } from '../testkit';

const branch = (name: string, extra: Record<string, unknown> = {}) => ({ StartAt: name, States: { [name]: { Type: 'Pass', End: true, ...extra } } });

describe('Parallel', () => {
  it('returns the branch outputs in branch order, each branch getting the same input', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Parameters: { 'v.$': '$.v' },
          Branches: [
            { StartAt: 'Slow', States: { Slow: { Type: 'Wait', Seconds: 5, Next: 'A' }, A: { Type: 'Pass', Result: 'a', End: true } } },
            branch('B', { Result: 'b' }),
            branch('C'),
          ],
          ResultPath: '$.all',
          End: true,
        },
      },
    };
    const r = await exec(def, { input: { v: 1 } });
    expect(r.output).toEqual({ v: 1, all: ['a', 'b', { v: 1 }] });
    expect(r.types.slice(0, 3)).toEqual(['ExecutionStarted', 'ParallelStateEntered', 'ParallelStateStarted']);
    expect(r.types.slice(-2)).toEqual(['ParallelStateExited', 'ExecutionSucceeded']);
  });

  it('runs branches concurrently on the clock (two 10 s waits take 10 s)', async () => {
    const wait = (n: string) => ({ StartAt: n, States: { [n]: { Type: 'Wait', Seconds: 10, End: true } } });
    const r = await exec({ StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [wait('A'), wait('B')], End: true } } });
    expect(Date.parse(r.stopDate) - Date.parse(r.startDate)).toBe(10000);
  });

  it('fails with the first failing branch and stops the others', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 100, Next: 'Late' }, Late: { Type: 'Pass', End: true } } },
            { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Bad', Cause: 'why' } } },
          ],
          End: true,
        },
      },
    };
    const r = await exec(def);
    expect(r).toMatchObject({ status: 'FAILED', error: 'Bad', cause: 'why' });
    expect(r.types).toContain('ParallelStateFailed');
    expect(r.types).not.toContain('PassStateEntered');
  });

  it('re-runs every branch on Retry (ParallelStateStarted again, one ParallelStateFailed)', async () => {
    const def = { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E' } } }], Retry: [{ ErrorEquals: ['E'], MaxAttempts: 2 }], End: true } } };
    const r = await exec(def);
    expect(r.types.filter((t) => t === 'ParallelStateStarted')).toHaveLength(3);
    expect(r.types.filter((t) => t === 'ParallelStateFailed')).toHaveLength(1);
  });

  it('nests', async () => {
    const inner = { StartAt: 'I', States: { I: { Type: 'Parallel', Branches: [branch('X', { Result: 1 }), branch('Y', { Result: 2 })], End: true } } };
    const r = await exec({ StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [inner, branch('Z', { Result: 3 })], End: true } } });
    expect(r.output).toEqual([[1, 2], 3]);
  });
});
