/**
 * What the engine worker does with each message, as a plain module (no worker globals) so it can be
 * tested in Node by feeding it messages. engine.worker.ts only wires it to postMessage.
 */
import type { StateMachine } from '../asl/types';
import { startExecution, testState } from '../engine';
import type { Execution } from '../engine';
import { toExecutionOptions } from './options';
import type { FromWorker, PendingTask, RunPhase, RunResult, ToWorker } from './protocol';

/** The part of the engine the host uses (tests pass a broken one). */
export interface EngineApi {
  startExecution: typeof startExecution;
  testState: typeof testState;
}

export interface HostOptions {
  post(message: FromWorker): void;
  engine?: EngineApi;
  /** Events are sent at most once per this many ms (default 16: about one frame). */
  flushMs?: number;
}

/** The host's single entry point. */
export interface Host {
  handle(message: ToWorker): void;
  /** Runs still going (tests). */
  readonly activeRuns: number;
}

interface LiveRun {
  execution: Execution;
  pending: FromWorkerEvents['events'];
  timer: ReturnType<typeof setTimeout> | null;
  /** When events were last posted (ms). */
  lastPost: number;
  lastStatus: string;
}
type FromWorkerEvents = Extract<FromWorker, { kind: 'events' }>;

/** Turns whatever was thrown into a sentence for the user (never a stack). */
export function describeError(e: unknown, prefix = ''): string {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : 'unknown error';
  const line = message.split('\n')[0].trim() || 'unknown error';
  return prefix + line;
}

/** Creates the message handler of the engine worker. */
export function createHost({ post, engine = { startExecution, testState }, flushMs = 16 }: HostOptions): Host {
  const runs = new Map<string, LiveRun>();

  const flush = (runId: string, live: LiveRun): void => {
    if (live.timer !== null) clearTimeout(live.timer);
    live.timer = null;
    if (live.pending.length > 0) {
      const events = live.pending;
      live.pending = [];
      live.lastPost = Date.now();
      post({ kind: 'events', runId, events });
    }
    if (runs.get(runId) === live) reportStatus(runId, live);
  };

  const reportStatus = (runId: string, live: LiveRun): void => {
    const ex = live.execution;
    if (ex.status !== 'RUNNING') return;
    const paused = ex.debug.paused;
    const pendingTasks: PendingTask[] = ex.pendingTaskTokens();
    const phase: RunPhase = paused ? 'paused' : pendingTasks.length > 0 ? 'waiting' : 'running';
    const key = `${phase}|${paused ? `${paused.threadId}:${paused.stateName}` : ''}|${pendingTasks.map((t) => t.token).join(',')}`;
    if (key === live.lastStatus) return;
    live.lastStatus = key;
    post({ kind: 'status', runId, phase, pendingTasks, paused, ...(paused ? { threads: ex.debug.threads() } : {}) });
  };

  const start = (message: Extract<ToWorker, { kind: 'start' }>): void => {
    const { runId } = message;
    let execution: Execution;
    try {
      execution = engine.startExecution(message.definition as unknown as StateMachine, toExecutionOptions(message.input, message.options));
    } catch (e) {
      post({ kind: 'error', runId, message: describeError(e) });
      return;
    }
    const live: LiveRun = { execution, pending: [], timer: null, lastPost: 0, lastStatus: '' };
    runs.set(runId, live);
    execution.events.subscribe((batch) => {
      for (let i = 0; i < batch.length; i++) live.pending.push(batch[i]);
      if (live.timer !== null) return;
      // Leading edge: send at once when nothing was sent for a frame, so the first events (and the
      // progress of a long synchronous stretch, which no timer can interrupt) show without delay.
      const wait = live.lastPost + flushMs - Date.now();
      if (wait <= 0) flush(runId, live);
      else live.timer = setTimeout(() => flush(runId, live), wait);
    });
    execution.debug.onPause(() => flush(runId, live));
    reportStatus(runId, live);
    execution.done.then(
      (result) => {
        flush(runId, live);
        runs.delete(runId);
        post({ kind: 'done', runId, result: plainResult(result) });
      },
      (e: unknown) => {
        flush(runId, live);
        runs.delete(runId);
        post({ kind: 'error', runId, message: describeError(e, 'The engine failed: ') });
      },
    );
  };

  /** Runs `f` on a live run; a throw refuses the command without ending the run. */
  const onRun = (runId: string, f: (live: LiveRun) => void): void => {
    const live = runs.get(runId);
    if (live === undefined) {
      post({ kind: 'rejected', runId, message: 'This execution has already ended.' });
      return;
    }
    try {
      f(live);
    } catch (e) {
      post({ kind: 'rejected', runId, message: describeError(e) });
    }
    if (runs.get(runId) === live && live.timer === null) reportStatus(runId, live);
  };

  const handle = (message: ToWorker): void => {
    switch (message.kind) {
      case 'start':
        return start(message);
      case 'stop':
        return onRun(message.runId, (l) => l.execution.stop(message.error, message.cause));
      case 'sendTaskSuccess':
        return onRun(message.runId, (l) => l.execution.sendTaskSuccess(message.token, message.output));
      case 'sendTaskFailure':
        return onRun(message.runId, (l) => l.execution.sendTaskFailure(message.token, message.error, message.cause));
      case 'sendTaskHeartbeat':
        return onRun(message.runId, (l) => l.execution.sendTaskHeartbeat(message.token));
      case 'debug':
        return onRun(message.runId, (l) => l.execution.debug[message.action]());
      case 'setBreakpoints':
        return onRun(message.runId, (l) => l.execution.debug.setBreakpoints(message.breakpoints.map((b) => ({ stateName: b.stateName }))));
      case 'patchInput':
        return onRun(message.runId, (l) => l.execution.debug.setInput(message.input));
      case 'testState': {
        const { requestId } = message;
        const reply = (m: FromWorker): void => post(m);
        try {
          engine.testState(message.state, message.options).then(
            (result) => reply({ kind: 'testStateResult', requestId, result }),
            (e: unknown) => reply({ kind: 'testStateError', requestId, message: describeError(e) }),
          );
        } catch (e) {
          reply({ kind: 'testStateError', requestId, message: describeError(e) });
        }
        return;
      }
    }
  };

  const safeHandle = (message: ToWorker): void => {
    try {
      handle(message);
    } catch (e) {
      const runId = 'runId' in message ? message.runId : '';
      post({ kind: 'error', runId, message: describeError(e, 'The engine failed: ') });
    }
  };

  return {
    handle: safeHandle,
    get activeRuns() {
      return runs.size;
    },
  };
}

/** The result's fields as plain data (the engine builds `events` lazily behind a getter). */
function plainResult(r: RunResult): RunResult {
  return {
    status: r.status,
    output: r.output,
    error: r.error,
    cause: r.cause,
    executionArn: r.executionArn,
    startDate: r.startDate,
    stopDate: r.stopDate,
    seed: r.seed,
    eventCount: r.eventCount,
  };
}
