/**
 * A thread of an execution: the workflow itself, one Parallel branch or one Map iteration. It sits
 * at one state and one phase; the driver advances it. Threads are plain mutable records (one per
 * branch or iteration, never one per transition).
 */
import type { JsonObject, JsonValue } from '../asl/types';
import type { PathContext } from '../asl/paths/types';
import type { CompiledFragment, CompiledState, StepResult } from './compiled';
import type { Failure } from './errors';
import type { Scope } from './scope';
import type { Run } from './run';
import { buildContextObject } from './context';
import type { History } from './history';

/** Where a thread resumes when the driver picks it up. */
export type Phase = 'enter' | 'run' | 'resume' | 'exit' | 'fail';

export type ThreadStatus = 'ready' | 'busy' | 'sleeping' | 'blocked' | 'done' | 'cancelled';

/** What a Parallel or Map state does with its children's outcomes. */
export interface ChildGroup {
  childDone(child: Thread, output: JsonValue): void;
  childFailed(child: Thread, failure: Failure): void;
}

const NO_CHILDREN: readonly Thread[] = [];

export class Thread implements PathContext {
  state!: CompiledState;
  phase: Phase = 'enter';
  status: ThreadStatus = 'ready';
  /** The raw input of the current state. */
  input: JsonValue = null;
  /** Set by `run` on DONE. */
  output: JsonValue = null;
  /** Set by `run` on DONE: the next state, or null at the end of the fragment. */
  next: CompiledState | null = null;
  /** Variables the current state assigns, applied when it exits. */
  assign: JsonObject | null = null;
  /** Set on FAIL. */
  failure: Failure | null = null;
  /** True when the failure came from evaluating a field (AWS records an EvaluationFailed event). */
  evaluationFailed = false;
  resume: (() => StepResult) | null = null;
  wakeAt = 0;
  enteredId = 0;
  /** The id of this thread's last event (previousEventId of its next one). */
  lastId = 0;
  enteredTime = '';
  retryCount = 0;
  attempts: number[] | null = null;
  taskToken: string | undefined = undefined;
  /** Bumped whenever the thread is made ready: a pending step result with an older number is stale. */
  waitSeq = 0;
  /** Runs once when the thread first runs (a Map iteration's MapIterationStarted event). */
  startHook: (() => void) | null = null;
  /** Undoes what the thread waits on (a timer, a callback) when it is cancelled. */
  cleanup: (() => void) | null = null;
  private ctxCache: JsonObject | null = null;
  /** Live Parallel branches / Map iterations started by this thread. */
  children: Set<Thread> | null = null;

  /** The live children (empty when there are none). */
  liveChildren(): Iterable<Thread> {
    return this.children ?? NO_CHILDREN;
  }
  /** Where this thread's events go: the execution's history, or a child execution's (Distributed Map). */
  history: History;

  constructor(
    readonly id: number,
    readonly run: Run,
    readonly fragment: CompiledFragment,
    public scope: Scope,
    readonly parent: Thread | null,
    readonly group: ChildGroup | null,
    /** Branch or iteration index (0 for the workflow). */
    readonly index: number,
    readonly mapItem: { index: number; value: JsonValue } | null,
  ) {
    this.history = run.history;
  }

  /** `$$` for the current state (built on first use, then cached until the state changes). */
  get contextObject(): JsonObject {
    if (this.ctxCache === null) {
      this.ctxCache = buildContextObject(this.run.identity, {
        name: this.state.name,
        enteredTime: this.enteredTime,
        retryCount: this.state.countsRetries ? this.retryCount : undefined,
        taskToken: this.taskToken,
        mapItem: this.mapItem ?? undefined,
      });
    }
    return this.ctxCache;
  }

  /** Forgets the cached context object (new state, new retry, new task token). */
  resetContext(): void {
    this.ctxCache = null;
  }

  /** PathContext: reads `$name`. */
  variable(name: string): JsonValue | undefined {
    return this.scope.get(name);
  }

  /** PathContext: seeded randomness. */
  get random(): () => number {
    return this.run.random.next;
  }
}
