import { describe, it, expect } from 'vitest';
import { exec, single } from './testkit';

describe('AWS limits', () => {
  it('fails a state whose output passes 256 KiB with States.DataLimitExceeded', async () => {
    const r = await exec(single({ Type: 'Pass', Parameters: { 'big.$': "States.Format('{}{}', $.s, $.s)" } }), { input: { s: 'x'.repeat(140000) } });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded', cause: "The state/task 'S' returned a result with a size exceeding the maximum number of bytes service limit." });
    expect(r.types).toEqual(['ExecutionStarted', 'PassStateEntered', 'ExecutionFailed']);
  });

  it('fails a loop at 25,000 history events, the failure being event 25,000', async () => {
    const loop = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' } } };
    const r = await exec(loop, { recordHistory: false });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime', cause: 'The execution reached the maximum number of history events (25000).' });
    expect(r.eventCount).toBe(25000);
  });

  it('turns limits off with limits: false', async () => {
    const loop = { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: 20000, Next: 'I' }], Default: 'D' }, I: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'C' }, D: { Type: 'Succeed' } } };
    const r = await exec(loop, { input: { i: 0 }, recordHistory: false, limits: false });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.eventCount).toBeGreaterThan(25000);
  });

  it('times the whole execution out with TimeoutSeconds on the virtual clock', async () => {
    const r = await exec({ StartAt: 'W', TimeoutSeconds: 5, States: { W: { Type: 'Wait', Seconds: 60, End: true } } });
    expect(r).toMatchObject({ status: 'TIMED_OUT', error: null, cause: null });
    expect(r.types).toEqual(['ExecutionStarted', 'WaitStateEntered', 'ExecutionTimedOut']);
    expect(Date.parse(r.stopDate) - Date.parse(r.startDate)).toBe(5000);
  });
});
