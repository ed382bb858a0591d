/**
 * One running execution: its threads, timers and history, and the driver that advances them.
 *
 * The driver is a loop over ready threads. A thread runs until its state blocks (children, a
 * callback), sleeps (Wait, retry back-off) or returns a promise (JSONata, async handlers); while it
 * is synchronous no promise is created, so JSONPath workflows take the fast path. With nothing ready,
 * a virtual clock jumps to the next timer; a real clock waits for it.
 */
import type { JsonValue } from '../asl/types';
import type { Clock } from './clock';
import { isoTime } from './clock';
import type { CompiledFragment, CompiledMachine, CompiledState, Step, StepResult } from './compiled';
import { DONE, FAIL, SLEEP, BLOCK } from './compiled';
import type { ExecutionIdentity } from './context';
import type { Failure } from './errors';
import { ERR, ExecutionTermination, isTerminalError } from './errors';
import { emitStateEntered, json } from './events';
import { exitState } from './exit';
import { resultOf } from './result';
import type { History } from './history';
import { HistoryLimitReached } from './history';
import type { Limits } from './limits';
import { historyLimitCause, jsonByteLength } from './limits';
import type { Random } from './random';
import { handleFailure } from './recovery';
import { Scope } from './scope';
import type { ChildGroup } from './thread';
import { Thread } from './thread';
import { TimerQueue } from './timers';
import type { ExecutionResult, ExecutionStatus } from './types';
import type { TaskResolver } from './tasks/resolver';
import type { DebugHooks } from './debug/hooks';

export interface RunConfig {
  machine: CompiledMachine;
  identity: ExecutionIdentity;
  clock: Clock;
  random: Random;
  history: History;
  limits: Limits;
  tasks: TaskResolver;
  files: Record<string, string>;
  /** Variables visible from the first state (TestState, redrive). */
  variables?: Record<string, JsonValue>;
  /** Virtual clock: real ms to wait for a callback before jumping to a task timeout (default 100). */
  callbackGraceMs?: number;
  /** Whether the result carries the events. */
  recordHistory: boolean;
}

/** Where a redriven execution starts again. */
export interface ResumePoint {
  state: CompiledState;
  input: JsonValue;
  redriveCount: number;
}

/** Receives the data-flow phases of the workflow thread (TestState); null when unused. */
export type Inspector = (t: Thread, phase: string, value: JsonValue) => void;

export class Run {
  readonly machine: CompiledMachine;
  readonly identity: ExecutionIdentity;
  readonly clock: Clock;
  readonly random: Random;
  readonly history: History;
  readonly limits: Limits;
  readonly tasks: TaskResolver;
  readonly files: Record<string, string>;
  readonly timers = new TimerQueue();
  status: ExecutionStatus = 'RUNNING';
  output: JsonValue | null = null;
  error: string | null = null;
  cause: string | null = null;
  root!: Thread;
  /** Debugger hooks; null when nobody debugs (then they cost one comparison per state). */
  debug: DebugHooks | null = null;
  /** TestState's view of the data flow; null otherwise. */
  inspector: Inspector | null = null;
  paused = false;
  /** Threads waiting on something outside the engine (task callbacks). */
  external = 0;
  stopDate = '';
  private queue: Thread[] = [];
  private head = 0;
  private busy = 0;
  private pumping = false;
  private fastForwardPending = false;
  private realWaiting = false;
  private nextId = 1;
  private readonly finished: Promise<ExecutionResult>;
  private resolveFinished!: (r: ExecutionResult) => void;
  private readonly listeners: Array<(r: ExecutionResult) => void> = [];

  constructor(private readonly cfg: RunConfig) {
    this.machine = cfg.machine;
    this.identity = cfg.identity;
    this.clock = cfg.clock;
    this.random = cfg.random;
    this.history = cfg.history;
    this.limits = cfg.limits;
    this.tasks = cfg.tasks;
    this.files = cfg.files;
    this.finished = new Promise((resolve) => (this.resolveFinished = resolve));
  }

  /** Resolves with the result once the execution ends. */
  get done(): Promise<ExecutionResult> {
    return this.finished;
  }

  /**
   * Records ExecutionStarted, creates the workflow thread and runs until it blocks or ends. With
   * `from` (a redrive), records ExecutionRedriven and starts at that state with that input.
   */
  start(input: JsonValue, from?: ResumePoint): void {
    let first: number;
    try {
      first = from
        ? this.history.add('ExecutionRedriven', this.history.count, 'executionRedrivenEventDetails', { redriveCount: from.redriveCount })
        : this.history.addLazy('ExecutionStarted', 0, 'executionStartedEventDetails', () => ({
            input: json(input),
            inputDetails: { truncated: false },
            roleArn: this.identity.roleArn,
            stateMachineArn: this.identity.stateMachineArn,
          }));
    } catch (e) {
      this.crash(e);
      return;
    }
    const scope = new Scope();
    if (this.cfg.variables) scope.assignAll(this.cfg.variables);
    // AWS links the first state's events to event 0, not to ExecutionStarted.
    this.root = this.spawn(this.machine.root, from ? from.input : input, scope, null, null, 0, null, from ? first : 0);
    if (from) this.root.state = from.state;
    const max = this.limits.maxPayloadBytes;
    if (max !== Infinity && jsonByteLength(input, max) > max) {
      this.finish('FAILED', null, ERR.DATA_LIMIT, 'The input size exceeds the maximum number of bytes service limit.');
      return;
    }
    const timeout = this.machine.timeoutSeconds;
    if (timeout !== null) {
      this.timers.add(this.clock.now() + timeout * 1000, () => this.finish('TIMED_OUT', null, ERR.TIMEOUT, null), true);
    }
    this.pump();
  }

  /** Creates a thread at the start of `fragment` and makes it ready. */
  spawn(
    fragment: CompiledFragment,
    input: JsonValue,
    scope: Scope,
    parent: Thread | null,
    group: ChildGroup | null,
    index: number,
    mapItem: { index: number; value: JsonValue } | null,
    lastId: number,
  ): Thread {
    const t = new Thread(this.nextId++, this, fragment, scope, parent, group, index, mapItem);
    t.state = fragment.startAt;
    t.input = input;
    t.lastId = lastId;
    if (parent !== null) {
      // Branches of a Distributed Map child execution belong to that child's history.
      t.history = parent.history;
      (parent.children ??= new Set()).add(t);
    }
    this.ready(t);
    return t;
  }

  /** Queues a thread to run. A step it was still awaiting is now stale. */
  ready(t: Thread): void {
    if (t.status === 'cancelled' || t.status === 'done') return;
    t.waitSeq++;
    t.status = 'ready';
    this.queue.push(t);
  }

  /** Continues a blocked thread with `f` (children finished, a task answered). */
  resumeWith(t: Thread, f: () => StepResult): void {
    t.resume = f;
    t.phase = 'resume';
    this.ready(t);
  }

  /** Queues a thread to run before every other (a resumed breakpoint). */
  readyFirst(t: Thread): void {
    t.status = 'ready';
    this.queue.splice(this.head, 0, t);
  }

  /** Stops a thread and all its descendants (a failed sibling, an aborted execution). */
  cancel(t: Thread): void {
    if (t.status === 'done' || t.status === 'cancelled') return;
    t.status = 'cancelled';
    if (t.cleanup !== null) {
      const c = t.cleanup;
      t.cleanup = null;
      c();
    }
    for (const c of t.liveChildren()) this.cancel(c);
  }

  /** Marks work in progress outside the driver (an async handler): virtual time waits for it. */
  hold(): void {
    this.busy++;
  }

  /** Ends a {@link hold}. */
  release(): void {
    this.busy--;
  }

  /** Sleeps `t` until time `at`, then resumes it. */
  sleepUntil(t: Thread, at: number): void {
    t.status = 'sleeping';
    const timer = this.timers.add(at, () => this.ready(t));
    t.cleanup = () => {
      timer.cancelled = true;
    };
  }

  /** Runs ready threads until nothing is ready, then waits for timers, promises or callbacks. */
  pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        while (this.status === 'RUNNING' && !this.paused) {
          if (this.head >= this.queue.length) break;
          const t = this.queue[this.head++];
          if (this.head > 1024 && this.head * 2 > this.queue.length) {
            this.queue = this.queue.slice(this.head);
            this.head = 0;
          }
          if (t.status !== 'ready') continue;
          try {
            this.advance(t);
          } catch (e) {
            this.crash(e);
          }
        }
        if (this.status !== 'RUNNING' || this.paused) break;
        if (this.head < this.queue.length) continue;
        if (this.busy > 0) break;
        const due = this.timers.peek();
        if (due === null) {
          if (this.external === 0) this.crash(new Error('no thread can make progress'));
          break;
        }
        if (this.clock.virtual) {
          if (this.external > 0 && this.timers.peekProgress() === null) {
            // Only deadlines are left while a callback is awaited: give the caller a moment to answer
            // before time jumps to the timeout.
            this.scheduleFastForward();
            break;
          }
          this.clock.advanceTo(due);
          this.fireDue();
          continue;
        }
        this.waitReal(due);
        break;
      }
    } finally {
      this.pumping = false;
    }
    this.history.flush();
  }

  private fireDue(): void {
    for (let tm = this.timers.popDue(this.clock.now()); tm !== null; tm = this.timers.popDue(this.clock.now())) {
      tm.fire();
      if (this.status !== 'RUNNING') return;
    }
  }

  private scheduleFastForward(): void {
    if (this.fastForwardPending) return;
    this.fastForwardPending = true;
    const mark = this.history.count;
    setTimeout(() => {
      this.fastForwardPending = false;
      if (this.status !== 'RUNNING' || this.paused) return;
      if (this.head >= this.queue.length && this.busy === 0 && this.history.count === mark) {
        const due = this.timers.peek();
        if (due !== null) {
          this.clock.advanceTo(due);
          this.fireDue();
        }
      }
      this.pump();
    }, this.cfg.callbackGraceMs ?? 100);
  }

  private waitReal(due: number): void {
    if (this.realWaiting) return;
    this.realWaiting = true;
    void this.clock
      .waitUntil(due, { onWake: () => undefined })
      .then(() => {
        this.realWaiting = false;
        if (this.status !== 'RUNNING') return;
        this.fireDue();
        this.pump();
      });
  }

  /** Advances one thread as far as it goes synchronously. */
  private advance(t: Thread): void {
    if (t.startHook !== null) {
      const hook = t.startHook;
      t.startHook = null;
      hook();
    }
    for (;;) {
      let r: StepResult;
      if (t.phase === 'enter') {
        if (this.debug !== null && this.debug.beforeState(t)) return;
        this.enter(t);
        r = t.state.run(t);
      } else if (t.phase === 'run') {
        r = t.state.run(t);
      } else if (t.phase === 'resume') {
        const f = t.resume as () => StepResult;
        t.resume = null;
        t.phase = 'run';
        r = f();
      } else if (t.phase === 'exit') {
        if (!exitState(t)) return;
        continue;
      } else {
        if (!handleFailure(t)) return;
        continue;
      }
      if (typeof r !== 'number') {
        this.awaitStep(t, r);
        return;
      }
      if (!this.handle(t, r)) return;
    }
  }

  private enter(t: Thread): void {
    t.phase = 'run';
    t.retryCount = 0;
    t.attempts = null;
    t.taskToken = undefined;
    t.assign = null;
    t.resetContext();
    t.enteredTime = isoTime(this.clock.now());
    emitStateEntered(t);
  }

  /** Applies a step result; true when the thread should keep going now. */
  handle(t: Thread, r: Step): boolean {
    switch (r) {
      case DONE:
        t.phase = 'exit';
        return true;
      case FAIL:
        t.phase = 'fail';
        return true;
      case SLEEP:
        t.phase = 'resume';
        this.sleepUntil(t, t.wakeAt);
        return false;
      case BLOCK:
        t.phase = 'resume';
        t.status = 'blocked';
        return false;
    }
  }

  private awaitStep(t: Thread, p: Promise<Step>): void {
    t.status = 'busy';
    const seq = ++t.waitSeq;
    this.busy++;
    p.then(
      (r) => {
        this.busy--;
        // Stale when the thread was made ready meanwhile (an answer arrived before this step settled).
        if (t.status !== 'busy' || t.waitSeq !== seq || this.status !== 'RUNNING') {
          this.pump();
          return;
        }
        t.status = 'ready';
        try {
          if (this.handle(t, r)) this.queue.push(t);
        } catch (e) {
          this.crash(e);
        }
        this.pump();
      },
      (e: unknown) => {
        this.busy--;
        if (t.status !== 'busy' || t.waitSeq !== seq || this.status !== 'RUNNING') return;
        this.crash(e);
        this.pump();
      },
    );
  }

  /** The thread reached the end of its fragment (End, Succeed). */
  fragmentDone(t: Thread, output: JsonValue): void {
    t.status = 'done';
    if (t.parent !== null) t.parent.children?.delete(t);
    if (t.group === null) this.succeed(output);
    else t.group.childDone(t, output);
  }

  /** The thread failed and nothing caught it. */
  fragmentFailed(t: Thread, f: Failure): void {
    t.status = 'done';
    if (t.parent !== null) t.parent.children?.delete(t);
    if (isTerminalError(f.error) || t.group === null) this.finish('FAILED', null, f.error, f.cause);
    else t.group.childFailed(t, f);
  }

  private succeed(output: JsonValue): void {
    if (this.status !== 'RUNNING') return;
    try {
      this.history.addLazy('ExecutionSucceeded', this.root.lastId, 'executionSucceededEventDetails', () => ({
        output: json(output),
        outputDetails: { truncated: false },
      }));
    } catch (e) {
      this.crash(e);
      return;
    }
    this.end('SUCCEEDED', output, null, null);
  }

  /** Ends the execution with a failure status and its terminal event. */
  finish(status: 'FAILED' | 'TIMED_OUT' | 'ABORTED', output: JsonValue | null, error: string | null, cause: string | null): void {
    if (this.status !== 'RUNNING') return;
    const type = status === 'FAILED' ? 'ExecutionFailed' : status === 'TIMED_OUT' ? 'ExecutionTimedOut' : 'ExecutionAborted';
    const key = status === 'FAILED' ? 'executionFailedEventDetails' : status === 'TIMED_OUT' ? 'executionTimedOutEventDetails' : 'executionAbortedEventDetails';
    const details: Record<string, string> = {};
    if (error !== null) details.error = error;
    if (cause !== null) details.cause = cause;
    const prev = this.root ? this.lastEventId() : 0;
    this.history.add(type, prev, key, details);
    this.end(status, output, status === 'TIMED_OUT' ? null : error, status === 'TIMED_OUT' ? null : cause);
  }

  private lastEventId(): number {
    return this.history.count;
  }

  private end(status: ExecutionStatus, output: JsonValue | null, error: string | null, cause: string | null): void {
    this.status = status;
    this.output = output;
    this.error = error;
    this.cause = cause;
    this.stopDate = isoTime(this.clock.now());
    if (this.root) this.cancel(this.root);
    this.timers.clear();
    this.history.flush();
    const result = this.result();
    this.resolveFinished(result);
    for (const l of this.listeners) l(result);
  }

  /** Turns anything thrown out of the driver into the end of the execution (never a stack trace). */
  crash(e: unknown): void {
    if (this.status !== 'RUNNING') return;
    if (e instanceof HistoryLimitReached) {
      this.finish('FAILED', null, ERR.RUNTIME, historyLimitCause(this.limits.maxHistoryEvents));
    } else if (e instanceof ExecutionTermination) {
      this.finish('FAILED', null, e.error, e.cause);
    } else {
      const message = e instanceof Error ? e.message : String(e);
      this.finish('FAILED', null, ERR.INTERNAL, `The interpreter failed unexpectedly: ${message}`);
    }
  }

  /** Aborts the execution (StopExecution). */
  stop(error?: string, cause?: string): void {
    this.finish('ABORTED', null, error ?? null, cause ?? null);
  }

  /** Calls `listener` once the execution ends. */
  onEnd(listener: (r: ExecutionResult) => void): void {
    this.listeners.push(listener);
  }

  /** The execution's result (events are built when read). */
  result(): ExecutionResult {
    return resultOf(this, this.cfg.recordHistory);
  }
}
