/**
 * The typed messages between the main thread (EngineClient) and the engine worker (host.ts).
 * Everything here crosses postMessage, so it is plain data: no functions, no class instances.
 */
import type { JsonValue, State } from '../asl/types';
import type {
  ExecutionContextInit,
  ExecutionResult,
  HistoryEvent,
  LimitsOption,
  MockSelection,
  PauseInfo,
  TestStateOptions,
  TestStateResult,
  ThreadInfo,
  WorkflowType,
} from '../engine';

/** Time source of a run: virtual (fast-forwards waits), real, or real time `scaled` times faster. */
export type ClockSetting = 'virtual' | 'real' | { scaled: number };

/** A breakpoint as it crosses the worker boundary (conditions are functions in the engine: later). */
export interface BreakpointSetting {
  stateName: string;
}

/** What a run may be started with; all optional. */
export interface RunOptions {
  type?: WorkflowType;
  context?: ExecutionContextInit;
  /** A Step Functions Local MockConfigFile and the test case to use. */
  mocks?: MockSelection;
  /**
   * Answer every Task nothing else answers with the task's own input (a Lambda function's
   * `Payload`); `.waitForTaskToken` tasks still wait for sendTaskSuccess/Failure.
   */
  echoTaskInput?: boolean;
  seed?: number;
  clock?: ClockSetting;
  breakpoints?: BreakpointSetting[];
  pauseOnStart?: boolean;
  limits?: LimitsOption | false;
  /** Files an ItemReader / ResultWriter may read or write: `bucket/key` -> text. */
  files?: Record<string, string>;
  /** Virtual clock: how long (real ms) a callback task waits for an answer before time jumps to its timeout. */
  callbackGraceMs?: number;
}

/** Debugger controls, passed through to the engine's debugger. */
export type DebugAction = 'pause' | 'continue' | 'step' | 'stepInto' | 'stepOver' | 'stepOut';

/** TestState request options (a mocked task result or error instead of a handler). */
export type TestStateRequest = Pick<TestStateOptions, 'input' | 'variables' | 'context' | 'stateName' | 'queryLanguage' | 'mock' | 'seed' | 'retrierRetryCount'>;

/** Main thread -> worker. */
export type ToWorker =
  | { kind: 'start'; runId: string; definition: JsonValue; input: JsonValue; options: RunOptions }
  | { kind: 'stop'; runId: string; error?: string; cause?: string }
  | { kind: 'sendTaskSuccess'; runId: string; token: string; output: JsonValue }
  | { kind: 'sendTaskFailure'; runId: string; token: string; error?: string; cause?: string }
  | { kind: 'sendTaskHeartbeat'; runId: string; token: string }
  | { kind: 'debug'; runId: string; action: DebugAction }
  | { kind: 'setBreakpoints'; runId: string; breakpoints: BreakpointSetting[] }
  | { kind: 'patchInput'; runId: string; input: JsonValue }
  | { kind: 'testState'; requestId: string; state: State; options: TestStateRequest };

/** What a live run is doing right now. */
export type RunPhase = 'running' | 'paused' | 'waiting';

/** A `.waitForTaskToken` task waiting for its answer. */
export interface PendingTask {
  token: string;
  stateName: string;
}

/** The outcome of a run, as plain data (ExecutionResult without its lazily built event list). */
export type RunResult = Omit<ExecutionResult, 'events'>;

/** Worker -> main thread. */
export type FromWorker =
  /** New history events, oldest first; several engine batches coalesced (at most one message per ~16 ms). */
  | { kind: 'events'; runId: string; events: HistoryEvent[] }
  | { kind: 'status'; runId: string; phase: RunPhase; pendingTasks: PendingTask[]; paused: PauseInfo | null; threads?: ThreadInfo[] }
  /** The run ended; every event was sent before this. Also the answer to `stop`. */
  | { kind: 'done'; runId: string; result: RunResult }
  /** The run could not start or the engine broke: a message for the user, never a stack. */
  | { kind: 'error'; runId: string; message: string }
  /** A command for a live run was refused (an unknown task token...); the run goes on. */
  | { kind: 'rejected'; runId: string; message: string }
  | { kind: 'testStateResult'; requestId: string; result: TestStateResult }
  | { kind: 'testStateError'; requestId: string; message: string };
