import { describe, it, expect } from 'vitest';
import { startExecution } from './execution';
import { redrive, RedriveError } from './redrive';

const def = {
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Assign: { order: 'o-1' }, Next: 'Charge' },
    Charge: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'order.$': '$order', 'redrives.$': '$$.Execution.RedriveCount' }, End: true },
  },
};

describe('redrive', () => {
  it('restarts from the failed state with its input and variables, without rerunning earlier states', async () => {
    let down = true;
    const calls: unknown[] = [];
    const handlers = { Charge: (i: { input: unknown }) => { calls.push(i.input); if (down) throw new Error('payment service down'); return { result: i.input }; } };
    const first = startExecution(def as never, { handlers: handlers as never });
    expect((await first.done).status).toBe('FAILED');
    down = false;
    const again = redrive(first);
    const r = await again.done;
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: { order: 'o-1', redrives: 1 } });
    const types = (r.events ?? []).map((e) => e.type);
    expect(types.filter((t) => t === 'PassStateEntered')).toHaveLength(1);
    expect(types).toContain('ExecutionRedriven');
    expect(again.id).toBe(first.id);
    expect(calls).toHaveLength(2);
  });

  it('refuses a successful execution', async () => {
    const ex = startExecution({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } } as never, {});
    await ex.done;
    expect(() => redrive(ex)).toThrow(RedriveError);
  });
});
