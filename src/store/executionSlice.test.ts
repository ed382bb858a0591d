import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EngineClient, setEngineClient } from '../worker/EngineClient';
import { createInProcessWorker } from '../worker/inProcessWorker';
import { createStudioStore } from './index';
import type { RunView } from './executionSlice';

const text = (def: unknown) => JSON.stringify(def, null, 2);

const passes = text({ StartAt: 'A', States: { A: { Type: 'Pass', Result: 'hi', ResultPath: '$.greeting', Next: 'B' }, B: { Type: 'Pass', End: true }, Never: { Type: 'Pass', End: true } } });

let client: EngineClient;
beforeEach(() => {
  client = new EngineClient({ createWorker: () => createInProcessWorker() });
  setEngineClient(client);
});
afterEach(() => {
  client.dispose();
  setEngineClient(null);
});

/** Resolves when the store's run satisfies `pred`. */
function runWhere(store: ReturnType<typeof createStudioStore>, pred: (r: RunView) => boolean): Promise<RunView> {
  return new Promise((resolve) => {
    const check = () => {
      const run = store.getState().run;
      if (run && pred(run)) {
        unsubscribe();
        resolve(run);
      }
    };
    const unsubscribe = store.subscribe(check);
    check();
  });
}

describe('execution slice', () => {
  it('runs the document and shows output, events and each state succeeded', async () => {
    const store = createStudioStore(passes);
    expect(store.getState().startRun('{"name": "x"}')).toBe(true);
    expect(store.getState().run?.status).toBe('running');
    const run = await runWhere(store, (r) => r.status !== 'running');
    expect(run.status).toBe('succeeded');
    expect(run.output).toEqual({ name: 'x', greeting: 'hi' });
    expect(run.events.map((e) => e.type)).toContain('ExecutionSucceeded');
    expect(run.eventCount).toBe(run.events.length);
    expect(run.stateStatus).toEqual({ A: 'succeeded', B: 'succeeded' });
  });

  it('refuses malformed input JSON with a message and starts nothing', () => {
    const store = createStudioStore(passes);
    expect(store.getState().startRun('{"name": ')).toBe(false);
    expect(store.getState().runNotice).toMatch(/not valid JSON/);
    expect(store.getState().run).toBeNull();
  });

  it('refuses to run text with syntax errors', () => {
    const store = createStudioStore(passes);
    store.getState().setText('{ "StartAt": ');
    expect(store.getState().startRun('{}')).toBe(false);
    expect(store.getState().runNotice).toMatch(/syntax errors/);
  });

  it('shows the error and cause of a failed run, with the failed state', async () => {
    const store = createStudioStore(text({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'F' }, F: { Type: 'Fail', Error: 'Oops', Cause: 'It went wrong' } } }));
    store.getState().startRun('{}');
    const run = await runWhere(store, (r) => r.status !== 'running');
    expect([run.status, run.error, run.cause]).toEqual(['failed', 'Oops', 'It went wrong']);
    expect(run.stateStatus).toEqual({ A: 'succeeded', F: 'failed' });
  });

  it('stops a long run: it ends aborted and the waiting state is cancelled', async () => {
    const store = createStudioStore(text({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 100, End: true } } }));
    store.getState().startRun('{}', { clock: 'real' });
    await runWhere(store, (r) => r.stateStatus.W === 'running');
    store.getState().stopRun();
    const run = await runWhere(store, (r) => r.status !== 'running');
    expect(run.status).toBe('aborted');
    expect(run.stateStatus.W).toBe('cancelled');
  });

  it('shows a callback task as waiting and completes it with the answer', async () => {
    const store = createStudioStore(text({ StartAt: 'Ask', States: { Ask: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', End: true } } }));
    store.getState().startRun('{}', { echoTaskInput: true });
    const waiting = await runWhere(store, (r) => r.phase === 'waiting');
    expect(waiting.pendingTasks.map((t) => t.stateName)).toEqual(['Ask']);
    store.getState().answerTask(waiting.pendingTasks[0].token, { output: { ok: true } });
    const run = await runWhere(store, (r) => r.status !== 'running');
    expect([run.status, run.output]).toEqual(['succeeded', { ok: true }]);
  });

  it('a new run replaces the one shown; clearRun hides it', async () => {
    const store = createStudioStore(passes);
    store.getState().startRun('{}');
    const first = store.getState().run!.id;
    store.getState().startRun('{"n": 2}');
    const run = await runWhere(store, (r) => r.status !== 'running');
    expect(run.id).not.toBe(first);
    expect(run.output).toEqual({ n: 2, greeting: 'hi' });
    store.getState().clearRun();
    expect(store.getState().run).toBeNull();
  });
});
