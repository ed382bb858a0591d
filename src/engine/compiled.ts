/**
 * The compiled form of a definition: every state becomes a record of closures built once, when the
 * definition is loaded (paths, templates, Choice rules, Retry matchers), so a transition never parses.
 */
import type { JsonObject, JsonValue, QueryLanguage, State, StateType } from '../asl/types';
import type { Thread } from './thread';

/** What a state's `run` reports. `DONE`: `t.output`/`t.next` are set. `FAIL`: `t.failure` is set. */
export const DONE = 0;
/** The state failed: Retry/Catch apply. */
export const FAIL = 1;
/** The thread sleeps until `t.wakeAt`, then `t.resume()` continues. */
export const SLEEP = 2;
/** The thread waits for children or an external answer; whoever answers re-queues it. */
export const BLOCK = 3;
export type Step = typeof DONE | typeof FAIL | typeof SLEEP | typeof BLOCK;
/** Synchronous for JSONPath states with synchronous work; a promise for JSONata and async handlers. */
export type StepResult = Step | Promise<Step>;

export interface CompiledRetrier {
  errorEquals: readonly string[];
  intervalSeconds: number;
  maxAttempts: number;
  backoffRate: number;
  maxDelaySeconds: number | null;
  jitter: boolean;
}

export interface CompiledCatcher {
  errorEquals: readonly string[];
  next: string;
  /**
   * Builds the state output and the variables to assign from the error output (`{Error, Cause}`).
   * JSONPath: ResultPath into the raw input; JSONata: `Output` with `$states.errorOutput`.
   */
  apply(t: Thread, errorOutput: JsonObject): { output: JsonValue; assign: JsonObject | null } | Promise<{ output: JsonValue; assign: JsonObject | null }>;
}

/** A workflow, a Parallel branch or a Map ItemProcessor. */
export interface CompiledFragment {
  startAt: CompiledState;
  states: Map<string, CompiledState>;
  queryLanguage: QueryLanguage;
  /** The Parallel or Map state this fragment belongs to (null for the workflow itself). */
  owner: CompiledState | null;
}

export interface CompiledState {
  readonly name: string;
  readonly type: StateType;
  readonly def: State;
  readonly fragment: CompiledFragment;
  readonly jsonata: boolean;
  /** True when the state reads `$$` / `$states.context`: only then is a context object built. */
  readonly usesContext: boolean;
  /** History event types, e.g. `PassStateEntered`; `exited` is null for Fail states. */
  readonly entered: string;
  readonly exited: string | null;
  /** Retry counting applies (Task, Parallel, Map): `$$.State.RetryCount` exists. */
  readonly countsRetries: boolean;
  /** `<Type>StateFailed` for Map and Parallel, emitted once retries are exhausted. */
  readonly failedEvent: string | null;
  next: CompiledState | null;
  retriers: CompiledRetrier[] | null;
  catchers: CompiledCatcher[] | null;
  /** Nested fragments (Parallel branches, Map processor). */
  children: CompiledFragment[];
  /** Does the state's work after it was entered (and again after each retry). */
  run: (t: Thread) => StepResult;
}

/** A compiled definition. */
export interface CompiledMachine {
  root: CompiledFragment;
  timeoutSeconds: number | null;
  /** Every state by name (names are unique across the whole definition). */
  states: Map<string, CompiledState>;
}
