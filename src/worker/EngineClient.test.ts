import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../asl/types';
import type { HistoryEvent } from '../engine';
import { EngineClient, type FrameScheduler, type WorkerLike } from './EngineClient';
import { createInProcessWorker, type InProcessWorker } from './inProcessWorker';
import type { ToWorker } from './protocol';

/** Animation frames that run only when the test says so. */
function manualFrames() {
  const queue = new Map<number, () => void>();
  let id = 0;
  const frames: FrameScheduler = {
    request: (cb) => {
      queue.set(++id, cb);
      return id;
    },
    cancel: (n) => void queue.delete(n),
  };
  const tick = () => {
    const due = [...queue.values()];
    queue.clear();
    for (const cb of due) cb();
    return due.length;
  };
  return { frames, tick };
}

/** A worker that reads messages and never answers (a run stuck in a synchronous loop). */
function deafWorker(): WorkerLike & { received: ToWorker[]; terminated: boolean } {
  return { onmessage: null, onerror: null, onmessageerror: null, received: [], terminated: false, postMessage(m) { this.received.push(m); }, terminate() { this.terminated = true; } };
}

const loop = (n: number): JsonValue => ({
  StartAt: 'Init',
  States: {
    Init: { Type: 'Pass', Result: 0, ResultPath: '$.i', Next: 'Check' },
    Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: n, Next: 'Wait' }], Default: 'Done' },
    Wait: { Type: 'Wait', Seconds: 1, Next: 'Inc' },
    Inc: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
    Done: { Type: 'Succeed' },
  },
});

describe('EngineClient', () => {
  it('runs in the worker and delivers events at most once per animation frame', async () => {
    const { frames, tick } = manualFrames();
    const client = new EngineClient({ createWorker: () => createInProcessWorker(), frames });
    const deliveries: HistoryEvent[][] = [];
    let statuses = 0;
    const run = client.start(loop(60), {}, { clock: { scaled: 1000 } }, { onEvents: (e) => deliveries.push(e), onStatus: () => statuses++ });
    let framesRun = 0;
    const ticker = setInterval(() => (framesRun += tick()), 40);
    const outcome = await run.finished;
    clearInterval(ticker);
    expect(outcome.kind === 'done' && outcome.result.status).toBe('SUCCEEDED');
    const all = deliveries.flat();
    expect(all.map((e) => e.id)).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    expect(all.at(-1)?.type).toBe('ExecutionSucceeded');
    // One delivery per frame that ran, plus the flushes before a status change and the result.
    expect(deliveries.length).toBeLessThanOrEqual(framesRun + statuses + 1);
    expect(deliveries.length).toBeLessThan(all.length / 10);
  });

  it('stops a run whose worker confirms: ABORTED, same worker kept', async () => {
    const workers: InProcessWorker[] = [];
    const client = new EngineClient({ createWorker: () => (workers.push(createInProcessWorker()), workers.at(-1)!) });
    const run = client.start(loop(1000), {}, { clock: 'real' });
    await new Promise((r) => setTimeout(r, 30));
    run.stop();
    const outcome = await run.finished;
    expect(outcome).toMatchObject({ kind: 'done', result: { status: 'ABORTED' } });
    expect(outcome.kind === 'done' && outcome.note).toBeFalsy();
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(false);
  });

  it('terminates a worker that does not confirm Stop in time, and the next run gets a fresh one', async () => {
    const workers: Array<WorkerLike & { terminated: boolean }> = [];
    let deaf = true;
    const client = new EngineClient({
      createWorker: () => {
        const w = deaf ? deafWorker() : createInProcessWorker();
        workers.push(w);
        return w;
      },
      stopTimeoutMs: 50,
    });
    const run = client.start(loop(5), {});
    run.stop();
    const outcome = await run.finished;
    expect(outcome).toMatchObject({ kind: 'done', result: { status: 'ABORTED' }, note: expect.stringMatching(/restarted/) });
    expect(workers[0].terminated).toBe(true);
    deaf = false;
    const next = await client.start({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, { ok: 1 }).finished;
    expect(next).toMatchObject({ kind: 'done', result: { status: 'SUCCEEDED', output: { ok: 1 } } });
    expect(workers).toHaveLength(2);
  });

  it('ends the run with a clear message when the worker crashes, then recovers', async () => {
    const workers: WorkerLike[] = [];
    const client = new EngineClient({ createWorker: () => (workers.push(workers.length === 0 ? deafWorker() : createInProcessWorker()), workers.at(-1)!) });
    const run = client.start(loop(5), {});
    workers[0].onerror?.({ message: 'Uncaught RangeError: Maximum call stack size exceeded\n  at x (engine.js:1)' });
    const outcome = await run.finished;
    expect(outcome.kind).toBe('error');
    expect(outcome.kind === 'error' && outcome.message).toMatch(/^The engine stopped unexpectedly \(Uncaught RangeError: Maximum call stack size exceeded\)\. Run again/);
    const next = await client.start({ StartAt: 'A', States: { A: { Type: 'Succeed' } } }, {}).finished;
    expect(next).toMatchObject({ kind: 'done', result: { status: 'SUCCEEDED' } });
  });

  it('reports an unusable definition as an error outcome', async () => {
    const client = new EngineClient({ createWorker: () => createInProcessWorker() });
    const outcome = await client.start({ StartAt: 'Nope', States: {} }, {}).finished;
    expect(outcome.kind).toBe('error');
  });

  it('answers TestState through the worker', async () => {
    const client = new EngineClient({ createWorker: () => createInProcessWorker() });
    const r = await client.testState({ Type: 'Pass', Result: 3, ResultPath: '$.x', End: true }, { input: { y: 1 } });
    expect(r.output).toEqual({ y: 1, x: 3 });
  });

  it('passes task answers through to a waiting callback task', async () => {
    const client = new EngineClient({ createWorker: () => createInProcessWorker() });
    const def: JsonValue = { StartAt: 'Ask', States: { Ask: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish.waitForTaskToken', End: true } } };
    let token = '';
    const waiting = new Promise<void>((resolve) => {
      const run = client.start(def, {}, {}, {
        onStatus: (s) => {
          if (s.phase === 'waiting' && !token) {
            token = s.pendingTasks[0].token;
            run.sendTaskSuccess(token, 'yes');
            resolve();
          }
        },
      });
      void run.finished.then((o) => expect(o).toMatchObject({ kind: 'done', result: { status: 'SUCCEEDED', output: 'yes' } }));
    });
    await waiting;
    expect(token).not.toBe('');
  });
});
