import { describe, it, expect } from 'vitest';
import { startExecution, TaskDoesNotExist } from '../execution';
import { single, T0 } from '../testkit';

const callbackTask = (extra: Record<string, unknown> = {}) =>
  single({ Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'token.$': '$$.Task.Token' }, ...extra });

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('.waitForTaskToken callbacks', () => {
  it('pauses until sendTaskSuccess with the token from $$.Task.Token', async () => {
    const ex = startExecution(callbackTask(), { seed: 3, defaultHandler: undefined, handlers: {} });
    await tick();
    const [pending] = ex.pendingTaskTokens();
    expect(pending.stateName).toBe('S');
    ex.sendTaskSuccess(pending.token, { approved: true });
    const r = await ex.done;
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: { approved: true } });
  });

  it('fails the task with sendTaskFailure', async () => {
    const ex = startExecution(callbackTask(), {});
    await tick();
    ex.sendTaskFailure(ex.pendingTaskTokens()[0].token, 'Rejected', 'no');
    expect(await ex.done).toMatchObject({ status: 'FAILED', error: 'Rejected', cause: 'no' });
  });

  it('fails with States.HeartbeatTimeout when heartbeats stop, and heartbeats keep it alive', async () => {
    const ex = startExecution(callbackTask({ HeartbeatSeconds: 10 }), { clock: { mode: 'virtual', startTime: T0 }, callbackGraceMs: 5 });
    await tick();
    const token = ex.pendingTaskTokens()[0].token;
    ex.sendTaskHeartbeat(token);
    const r = await ex.done;
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
  });

  it('refuses unknown tokens', () => {
    const ex = startExecution(single({ Type: 'Pass' }), {});
    expect(() => ex.sendTaskSuccess('nope', 1)).toThrow(TaskDoesNotExist);
  });

  it('lets a handler ask to wait for the callback', async () => {
    const ex = startExecution(single({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', Parameters: { 'Token.$': '$$.Task.Token' } }), {
      handlers: { S: (inv) => { queueMicrotask(() => ex.sendTaskSuccess(inv.taskToken as string, 'later')); return { waitForCallback: true }; } },
    });
    expect(await ex.done).toMatchObject({ status: 'SUCCEEDED', output: 'later' });
  });
});
