/**
 * The main thread's side of the engine worker: starts runs, forwards commands, and hands events to
 * the UI at most once per animation frame however fast the worker sends them. The app never runs an
 * execution on the main thread: a busy or broken worker is terminated and replaced, never waited on.
 */
import type { JsonValue, State } from '../asl/types';
import type { HistoryEvent, TestStateResult } from '../engine';
import type { BreakpointSetting, DebugAction, FromWorker, RunOptions, RunResult, TestStateRequest, ToWorker } from './protocol';

/** The parts of a Worker the client uses (tests pass an in-process fake). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
  onmessageerror: ((event: unknown) => void) | null;
}

/** requestAnimationFrame and friends (tests pass a manual one). */
export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(id: number): void;
}

export type StatusUpdate = Extract<FromWorker, { kind: 'status' }>;

/** How a run ended: with an execution result, or with a message when it could not run at all. */
export type RunOutcome = { kind: 'done'; result: RunResult; note?: string } | { kind: 'error'; message: string };

export interface RunCallbacks {
  /** New events, oldest first: at most one call per animation frame. */
  onEvents?(events: HistoryEvent[]): void;
  onStatus?(status: StatusUpdate): void;
  /** A command was refused (an unknown task token...); the run goes on. */
  onRejected?(message: string): void;
}

/** A run in the worker. */
export interface RunHandle {
  readonly runId: string;
  /** Resolves when the run ends (after its last onEvents call); never rejects. */
  readonly finished: Promise<RunOutcome>;
  /** Asks the engine to abort; a worker that does not confirm in time is terminated (the run ends ABORTED). */
  stop(): void;
  sendTaskSuccess(token: string, output: JsonValue): void;
  sendTaskFailure(token: string, error?: string, cause?: string): void;
  sendTaskHeartbeat(token: string): void;
  debug(action: DebugAction): void;
  setBreakpoints(breakpoints: BreakpointSetting[]): void;
  patchInput(input: JsonValue): void;
}

export interface EngineClientOptions {
  createWorker?: () => WorkerLike;
  frames?: FrameScheduler;
  /** How long Stop waits for the worker to confirm before terminating it (default 500 ms). */
  stopTimeoutMs?: number;
}

interface LiveRun {
  callbacks: RunCallbacks;
  resolve(outcome: RunOutcome): void;
  queued: HistoryEvent[][];
  frame: number | null;
  stopTimer: ReturnType<typeof setTimeout> | null;
  startDate: string;
  eventCount: number;
  seed: number;
}

const defaultWorker = (): WorkerLike =>
  new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

const defaultFrames = (): FrameScheduler =>
  typeof requestAnimationFrame === 'function'
    ? { request: (cb) => requestAnimationFrame(cb), cancel: (id) => cancelAnimationFrame(id) }
    : { request: (cb) => setTimeout(cb, 16) as unknown as number, cancel: (id) => clearTimeout(id) };

let nextId = 1;

export class EngineClient {
  private worker: WorkerLike | null = null;
  private readonly runs = new Map<string, LiveRun>();
  private readonly tests = new Map<string, { resolve(r: TestStateResult): void; reject(e: Error): void }>();
  private readonly createWorker: () => WorkerLike;
  private readonly frames: FrameScheduler;
  private readonly stopTimeoutMs: number;

  constructor(options: EngineClientOptions = {}) {
    this.createWorker = options.createWorker ?? defaultWorker;
    this.frames = options.frames ?? defaultFrames();
    this.stopTimeoutMs = options.stopTimeoutMs ?? 500;
  }

  /** Starts `definition` on `input` in the worker (created now if there is none). */
  start(definition: JsonValue, input: JsonValue, options: RunOptions = {}, callbacks: RunCallbacks = {}): RunHandle {
    const runId = `run-${nextId++}`;
    let resolve!: (o: RunOutcome) => void;
    const finished = new Promise<RunOutcome>((r) => (resolve = r));
    const live: LiveRun = { callbacks, resolve, queued: [], frame: null, stopTimer: null, startDate: new Date().toISOString(), eventCount: 0, seed: options.seed ?? 0 };
    this.runs.set(runId, live);
    this.post({ kind: 'start', runId, definition, input, options });
    const send = (m: ToWorker): void => {
      if (this.runs.has(runId)) this.post(m);
    };
    return {
      runId,
      finished,
      stop: () => this.stop(runId),
      sendTaskSuccess: (token, output) => send({ kind: 'sendTaskSuccess', runId, token, output }),
      sendTaskFailure: (token, error, cause) => send({ kind: 'sendTaskFailure', runId, token, error, cause }),
      sendTaskHeartbeat: (token) => send({ kind: 'sendTaskHeartbeat', runId, token }),
      debug: (action) => send({ kind: 'debug', runId, action }),
      setBreakpoints: (breakpoints) => send({ kind: 'setBreakpoints', runId, breakpoints }),
      patchInput: (value) => send({ kind: 'patchInput', runId, input: value }),
    };
  }

  /** Runs one state alone (AWS TestState) in the worker. */
  testState(state: State, options: TestStateRequest = {}): Promise<TestStateResult> {
    const requestId = `test-${nextId++}`;
    return new Promise((resolve, reject) => {
      this.tests.set(requestId, { resolve, reject });
      this.post({ kind: 'testState', requestId, state, options });
    });
  }

  /** Ends every run and the worker (the page is going away, or a test is done). */
  dispose(): void {
    this.replaceWorker('The engine was shut down.');
  }

  private stop(runId: string): void {
    const live = this.runs.get(runId);
    if (live === undefined || live.stopTimer !== null) return;
    this.post({ kind: 'stop', runId });
    // A worker deep in a synchronous loop cannot read the message: do not wait for it.
    live.stopTimer = setTimeout(() => {
      if (!this.runs.has(runId)) return;
      this.flushEvents(live);
      this.finish(runId, { kind: 'done', result: this.abortedResult(live), note: 'The engine did not answer in time, so it was restarted.' });
      this.replaceWorker('The engine was restarted to stop another run.');
    }, this.stopTimeoutMs);
  }

  private post(message: ToWorker): void {
    if (this.worker === null) this.worker = this.spawn();
    this.worker.postMessage(message);
  }

  private spawn(): WorkerLike {
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      if (this.worker === worker) this.receive(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (this.worker !== worker) return;
      const detail = event.message ? ` (${event.message.split('\n')[0]})` : '';
      this.replaceWorker(`The engine stopped unexpectedly${detail}. Run again to start a fresh engine.`);
    };
    worker.onmessageerror = () => {
      if (this.worker === worker) this.replaceWorker('The engine sent a message that could not be read. Run again to start a fresh engine.');
    };
    return worker;
  }

  /** Terminates the worker; every run and request on it ends with `message`. The next call spawns a new one. */
  private replaceWorker(message: string): void {
    const worker = this.worker;
    this.worker = null;
    worker?.terminate();
    for (const [runId, live] of [...this.runs]) {
      this.flushEvents(live);
      this.finish(runId, { kind: 'error', message });
    }
    for (const [id, t] of [...this.tests]) {
      this.tests.delete(id);
      t.reject(new Error(message));
    }
  }

  private receive(m: FromWorker): void {
    if (m.kind === 'testStateResult' || m.kind === 'testStateError') {
      const t = this.tests.get(m.requestId);
      this.tests.delete(m.requestId);
      if (m.kind === 'testStateResult') t?.resolve(m.result);
      else t?.reject(new Error(m.message));
      return;
    }
    const live = this.runs.get(m.runId);
    if (live === undefined) return;
    switch (m.kind) {
      case 'events':
        live.queued.push(m.events);
        live.eventCount += m.events.length;
        if (live.frame === null) live.frame = this.frames.request(() => this.flushEvents(live));
        return;
      case 'status':
        this.flushEvents(live);
        live.callbacks.onStatus?.(m);
        return;
      case 'rejected':
        live.callbacks.onRejected?.(m.message);
        return;
      case 'done':
        this.flushEvents(live);
        this.finish(m.runId, { kind: 'done', result: m.result });
        return;
      case 'error':
        this.flushEvents(live);
        this.finish(m.runId, { kind: 'error', message: m.message });
        return;
    }
  }

  /** Hands every queued event to the UI in one call. */
  private flushEvents(live: LiveRun): void {
    if (live.frame !== null) this.frames.cancel(live.frame);
    live.frame = null;
    if (live.queued.length === 0) return;
    const events = live.queued.length === 1 ? live.queued[0] : live.queued.flat();
    live.queued = [];
    live.callbacks.onEvents?.(events);
  }

  private finish(runId: string, outcome: RunOutcome): void {
    const live = this.runs.get(runId);
    if (live === undefined) return;
    this.runs.delete(runId);
    if (live.stopTimer !== null) clearTimeout(live.stopTimer);
    live.resolve(outcome);
  }

  private abortedResult(live: LiveRun): RunResult {
    return {
      status: 'ABORTED',
      output: null,
      error: null,
      cause: null,
      executionArn: '',
      startDate: live.startDate,
      stopDate: new Date().toISOString(),
      seed: live.seed,
      eventCount: live.eventCount,
    };
  }
}

let shared: EngineClient | null = null;

/** The app's one engine client (its worker starts on the first run). */
export function getEngineClient(): EngineClient {
  if (shared === null) shared = new EngineClient();
  return shared;
}

/** Replaces the app's engine client (tests run the host in-process). */
export function setEngineClient(client: EngineClient | null): void {
  shared = client;
}
