/**
 * Public types of the interpreter: what callers pass to {@link startExecution} and what they get
 * back. Internal runtime types live next to the code that uses them.
 */
import type { JsonObject, JsonValue } from '../asl/types';

export type WorkflowType = 'STANDARD' | 'EXPRESS';
export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** Names and ids used for ARNs and the `$$` context object (the CLI's `--context`). */
export interface ExecutionContextInit {
  stateMachineName?: string;
  executionName?: string;
  accountId?: string;
  region?: string;
  partition?: string;
  roleArn?: string;
  /** `$$.Execution.RedriveCount` (default 0; EXPRESS executions have none). */
  redriveCount?: number;
}

/** One event in the AWS GetExecutionHistory format: `{ id, previousEventId, timestamp, type, <x>EventDetails }`. */
export interface HistoryEvent {
  id: number;
  previousEventId: number;
  timestamp: string;
  type: string;
  [details: string]: JsonValue | undefined;
}

/** What a user handler sees when a Task state runs. */
export interface TaskInvocation {
  /** The state's name. */
  stateName: string;
  /** The `Resource` ARN. */
  resource: string;
  /** The effective input: after InputPath + Parameters (JSONPath) or Arguments (JSONata). */
  input: JsonValue;
  /** The `$$` context object at this point. */
  context: JsonObject;
  /** 0 for the first invocation of this state in the execution, 1 for the next... */
  invocation: number;
  /** `$$.State.RetryCount`. */
  retryCount: number;
  /** The task token when the resource ends in `.waitForTaskToken`. */
  taskToken?: string;
}

/** What a handler returns: a result, an error, or "wait for the callback" (`.waitForTaskToken`). */
export type TaskOutcome =
  | { result: JsonValue }
  | { error: string; cause?: string | null }
  | { waitForCallback: true };

/**
 * A user task handler. Return a JSON value (the task result), a {@link TaskOutcome}, or throw
 * (an `Error` with a `name` becomes that error name; anything else `States.TaskFailed`).
 */
export type TaskHandler = (invocation: TaskInvocation) => JsonValue | TaskOutcome | Promise<JsonValue | TaskOutcome>;

/** Time source. `virtual` (default) fast-forwards waits; `real` waits; `scaled` waits `factor` times faster. */
export type ClockOption = 'virtual' | 'real' | { mode: 'scaled'; factor: number } | { mode: 'virtual'; startTime?: number };

/** A breakpoint: pause before the named state starts, optionally only when `condition(input)` holds. */
export interface Breakpoint {
  stateName: string;
  condition?: (input: JsonValue) => boolean;
}

/** AWS service limits; `false` turns every check off (benchmarks, stress tests). */
export interface LimitsOption {
  /** Max UTF-8 bytes of an input, output or result (default 262,144). */
  maxPayloadBytes?: number;
  /** Max events in one execution's history (default 25,000). */
  maxHistoryEvents?: number;
}

/** Options of {@link startExecution}. Everything is optional. */
export interface ExecutionOptions {
  input?: JsonValue;
  context?: ExecutionContextInit;
  type?: WorkflowType;
  /** Step Functions Local MockConfigFile + which test case (and state machine) to use. */
  mocks?: MockSelection;
  /** Handlers by state name or by Resource ARN (state name wins). */
  handlers?: Record<string, TaskHandler>;
  /** A handler for every Task no other handler answers. */
  defaultHandler?: TaskHandler;
  clock?: ClockOption;
  /** Seed of every random choice (UUIDs, jitter, $random, task tokens). Default: a random seed, recorded in the result. */
  seed?: number;
  /** Keep the event objects (default true). Ids are always counted. */
  recordHistory?: boolean;
  breakpoints?: Breakpoint[];
  /** Pause before the first state (step-through from the start). */
  pauseOnStart?: boolean;
  limits?: LimitsOption | false;
  /** Files an ItemReader / ResultWriter may read or write: `bucket/key` -> text. */
  files?: Record<string, string>;
  /** Wait for sendTaskSuccess/Failure on `.waitForTaskToken` tasks no mock or handler answers (default true; the CLI sets false). */
  awaitCallbacks?: boolean;
  /** Variables set before the first state (TestState, redrive). */
  variables?: Record<string, JsonValue>;
  /** Virtual clock: real milliseconds to wait for a callback before jumping to a task's timeout (default 100). */
  callbackGraceMs?: number;
}

/** A parsed MockConfigFile plus the selection the CLI's --test-case / --state-machine make. */
export interface MockSelection {
  config: JsonValue;
  testCase: string;
  stateMachine?: string;
}

/** The outcome of an execution. */
export interface ExecutionResult {
  status: Exclude<ExecutionStatus, 'RUNNING'>;
  output: JsonValue | null;
  error: string | null;
  cause: string | null;
  executionArn: string;
  startDate: string;
  stopDate: string;
  /** The seed actually used: pass it back to replay the run exactly. */
  seed: number;
  /** Number of history events (counted even when not recorded). */
  eventCount: number;
  events?: HistoryEvent[];
}
