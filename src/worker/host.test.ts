import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../asl/types';
import type { HistoryEvent } from '../engine';
import { createHost, type EngineApi } from './host';
import type { FromWorker, RunOptions, ToWorker } from './protocol';

/** A host whose posted messages are recorded; `until` waits for one matching a predicate. */
function harness(engine?: EngineApi) {
  const messages: FromWorker[] = [];
  const waiters: Array<() => void> = [];
  const host = createHost({
    post: (m) => {
      // Whatever the host posts must survive structured cloning (postMessage).
      messages.push(structuredClone(m));
      for (const w of waiters.splice(0)) w();
    },
    engine,
  });
  const until = async <K extends FromWorker['kind']>(kind: K, pred: (m: Extract<FromWorker, { kind: K }>) => boolean = () => true) => {
    for (;;) {
      const found = messages.find((m): m is Extract<FromWorker, { kind: K }> => m.kind === kind && pred(m as Extract<FromWorker, { kind: K }>));
      if (found) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const events = (runId: string): HistoryEvent[] =>
    messages.flatMap((m) => (m.kind === 'events' && m.runId === runId ? m.events : []));
  const start = (runId: string, definition: JsonValue, input: JsonValue = {}, options: RunOptions = {}) =>
    host.handle({ kind: 'start', runId, definition, input, options });
  return { host, messages, until, events, start, send: (m: ToWorker) => host.handle(m) };
}

const passChain: JsonValue = {
  StartAt: 'A',
  States: { A: { Type: 'Pass', Result: { x: 1 }, ResultPath: '$.a', Next: 'B' }, B: { Type: 'Pass', End: true } },
};

/** A Choice + Pass counter loop of `n` iterations (about 4 events an iteration, 2 per state). */
const counterLoop = (n: number, wait?: number): JsonValue => ({
  StartAt: 'Init',
  States: {
    Init: { Type: 'Pass', Result: 0, ResultPath: '$.i', Next: 'Check' },
    Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: n, Next: wait ? 'Pause' : 'Inc' }], Default: 'Done' },
    ...(wait ? { Pause: { Type: 'Wait', Seconds: wait, Next: 'Inc' } } : {}),
    Inc: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
    Done: { Type: 'Succeed' },
  },
});

describe('engine worker host', () => {
  it('runs start -> events -> done, sending every event before the result', async () => {
    const h = harness();
    h.start('r1', passChain, { order: 7 });
    const done = await h.until('done');
    expect(done.result.status).toBe('SUCCEEDED');
    expect(done.result.output).toEqual({ order: 7, a: { x: 1 } });
    const types = h.events('r1').map((e) => e.type);
    expect(types).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    expect(h.messages.at(-1)?.kind).toBe('done');
    expect(done.result.eventCount).toBe(6);
    expect(h.host.activeRuns).toBe(0);
  });

  it('stops a running execution: it ends ABORTED', async () => {
    const h = harness();
    h.start('r2', counterLoop(1000, 60), {}, { clock: 'real' });
    await h.until('events', (m) => m.events.some((e) => e.type === 'WaitStateEntered'));
    h.send({ kind: 'stop', runId: 'r2' });
    const done = await h.until('done');
    expect(done.result.status).toBe('ABORTED');
    expect(h.events('r2').at(-1)?.type).toBe('ExecutionAborted');
  });

  it('reports a definition the engine refuses as an error message, not a stack', async () => {
    const h = harness();
    h.start('r3', { StartAt: 'Missing', States: { A: { Type: 'Pass', End: true } } });
    const error = await h.until('error');
    expect(error.runId).toBe('r3');
    expect(error.message).toMatch(/Missing/);
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['throws', () => { throw new TypeError('engine exploded\n    at run (engine.ts:1:1)'); }],
    ['throws a non-Error', () => { throw 42; }],
  ])('a crashing engine call (%s) returns an error message and keeps the host alive', async (_name, crash) => {
    const broken: EngineApi = { startExecution: crash as unknown as EngineApi['startExecution'], testState: crash as unknown as EngineApi['testState'] };
    const h = harness(broken);
    h.start('r4', passChain);
    const error = await h.until('error');
    expect(error.message).not.toMatch(/ at /);
    expect(error.message.length).toBeGreaterThan(0);
    h.send({ kind: 'testState', requestId: 't1', state: { Type: 'Pass', End: true }, options: {} });
    const t = await h.until('testStateError');
    expect(t.requestId).toBe('t1');
  });

  it('answers TestState requests', async () => {
    const h = harness();
    h.send({ kind: 'testState', requestId: 'q', state: { Type: 'Pass', Parameters: { 'b.$': '$.a' }, End: true }, options: { input: { a: 5 } } });
    const r = await h.until('testStateResult');
    expect(r.result.status).toBe('SUCCEEDED');
    expect(r.result.output).toEqual({ b: 5 });
  });

  it('coalesces a 10,000-event run into far fewer messages', async () => {
    const h = harness();
    const began = Date.now();
    h.start('r5', counterLoop(2500));
    const done = await h.until('done');
    expect(done.result.status).toBe('SUCCEEDED');
    const batches = h.messages.filter((m) => m.kind === 'events');
    expect(h.events('r5').length).toBeGreaterThan(10_000);
    expect(h.events('r5').map((e) => e.id)).toEqual(Array.from({ length: done.result.eventCount }, (_, i) => i + 1));
    // At most one message per 16 ms (plus the first and the last), never one per engine batch.
    expect(batches.length).toBeLessThanOrEqual(Math.ceil((Date.now() - began) / 16) + 2);
    expect(batches.length).toBeLessThan(100);
  });

  it('sends events of a run spread over time at most about once per 16 ms', async () => {
    const h = harness();
    const began = Date.now();
    // 150 waits of 1 s at 1000x speed: about 150 ms of real time and ~750 events in 150+ engine batches.
    h.start('r6', counterLoop(150, 1), {}, { clock: { scaled: 1000 } });
    const done = await h.until('done');
    const elapsed = Date.now() - began;
    expect(done.result.status).toBe('SUCCEEDED');
    const batches = h.messages.filter((m) => m.kind === 'events').length;
    expect(h.events('r6').length).toBe(done.result.eventCount);
    expect(batches).toBeGreaterThan(1);
    expect(batches).toBeLessThanOrEqual(Math.ceil(elapsed / 16) + 2);
  });

  it('waits for a callback, reports the pending token, and finishes on sendTaskSuccess', async () => {
    const h = harness();
    const def: JsonValue = {
      StartAt: 'Ask',
      States: { Ask: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish.waitForTaskToken', Parameters: { 'Token.$': '$$.Task.Token' }, End: true } },
    };
    h.start('r7', def, {}, { echoTaskInput: true });
    const waiting = await h.until('status', (m) => m.phase === 'waiting');
    expect(waiting.pendingTasks).toEqual([{ token: expect.any(String), stateName: 'Ask' }]);
    h.send({ kind: 'sendTaskSuccess', runId: 'r7', token: 'no-such-token', output: {} });
    const rejected = await h.until('rejected');
    expect(rejected.message).toMatch(/does not exist/);
    h.send({ kind: 'sendTaskSuccess', runId: 'r7', token: waiting.pendingTasks[0].token, output: { approved: true } });
    const done = await h.until('done');
    expect(done.result.status).toBe('SUCCEEDED');
    expect(done.result.output).toEqual({ approved: true });
  });

  it('fails a callback task on sendTaskFailure with the given error and cause', async () => {
    const h = harness();
    const def: JsonValue = { StartAt: 'Ask', States: { Ask: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', End: true } } };
    h.start('r8', def, {}, {});
    const waiting = await h.until('status', (m) => m.phase === 'waiting');
    h.send({ kind: 'sendTaskFailure', runId: 'r8', token: waiting.pendingTasks[0].token, error: 'Rejected', cause: 'no' });
    const done = await h.until('done');
    expect([done.result.status, done.result.error, done.result.cause]).toEqual(['FAILED', 'Rejected', 'no']);
  });

  it('pauses on start, shows the paused state, and continues on request', async () => {
    const h = harness();
    h.start('r9', passChain, {}, { pauseOnStart: true });
    const paused = await h.until('status', (m) => m.phase === 'paused');
    expect(paused.paused?.stateName).toBe('A');
    expect(paused.threads?.[0].stateName).toBe('A');
    h.send({ kind: 'debug', runId: 'r9', action: 'continue' });
    expect((await h.until('done')).result.status).toBe('SUCCEEDED');
  });

  it('refuses commands for a run that has ended', async () => {
    const h = harness();
    h.start('r10', passChain);
    await h.until('done');
    h.send({ kind: 'stop', runId: 'r10' });
    expect((await h.until('rejected')).message).toMatch(/already ended/);
  });
});
