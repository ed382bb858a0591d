/**
 * The library entry points: startExecution (a handle on a running execution) and runExecution
 * (await the result).
 */
import type { JsonValue, StateMachine } from '../asl/types';
import { createClock, isoTime } from './clock';
import type { CompiledMachine } from './compiled';
import { compileMachine } from './compile/machine';
import { createIdentity } from './context';
import { Debugger } from './debug/debugger';
import { ERR } from './errors';
import { History } from './history';
import type { HistoryListener } from './history';
import { resolveLimits } from './limits';
import { createRandom, randomSeed } from './random';
import { Run } from './run';
import { loadMockTestCase } from './tasks/mocks';
import { TaskResolver } from './tasks/resolver';
import type { ExecutionOptions, ExecutionResult, ExecutionStatus, HistoryEvent } from './types';


/** A running execution. */
export interface Execution {
  /** The execution ARN. */
  readonly id: string;
  readonly seed: number;
  /** Resolves when the execution ends (never rejects). */
  readonly done: Promise<ExecutionResult>;
  readonly status: ExecutionStatus;
  readonly events: {
    /** Receives events in batches (the ones recorded so far first). Returns an unsubscribe function. */
    subscribe(listener: HistoryListener): () => void;
    /** Events recorded so far (empty when `recordHistory` is false). */
    readonly list: readonly HistoryEvent[];
    /** Number of events so far. */
    readonly count: number;
  };
  /** Answers a `.waitForTaskToken` task with its result. */
  sendTaskSuccess(token: string, output: JsonValue): void;
  /** Fails a `.waitForTaskToken` task. */
  sendTaskFailure(token: string, error?: string, cause?: string): void;
  /** Resets a callback task's HeartbeatSeconds timer. */
  sendTaskHeartbeat(token: string): void;
  /** Task tokens waiting for an answer, with their state names. */
  pendingTaskTokens(): { token: string; stateName: string }[];
  /** Aborts the execution (ABORTED). */
  stop(error?: string, cause?: string): void;
  /** Pause, step and inspect (breakpoints come from the options or `debug.setBreakpoints`). */
  readonly debug: Debugger;
}

/** A task token nobody waits for (AWS: TaskDoesNotExist). */
export class TaskDoesNotExist extends Error {
  constructor(token: string) {
    super(`Task token '${token}' does not exist or its task is no longer waiting.`);
    this.name = 'TaskDoesNotExist';
  }
}

const compiled = new WeakMap<object, CompiledMachine>();

/**
 * Compiles a definition (cached per definition object: running it again skips compilation).
 * Throws a DefinitionError when it cannot run.
 */
export function compile(definition: StateMachine): CompiledMachine {
  let m = compiled.get(definition);
  if (m === undefined) {
    m = compileMachine(definition);
    compiled.set(definition, m);
  }
  return m;
}

/** Everything one run needs, built from the options (shared by executions, TestState and redrive). */
export interface RunSetup {
  run: Run;
  tasks: TaskResolver;
  history: History;
  input: JsonValue;
}

/** Builds a run (not started). */
export function createRun(machine: CompiledMachine, options: ExecutionOptions, continuing?: History): RunSetup {
  const seed = options.seed ?? randomSeed();
  const random = createRandom(seed);
  const clock = createClock(options.clock);
  const input = options.input === undefined ? {} : options.input;
  const type = options.type ?? 'STANDARD';
  const identity = createIdentity(options.context, type, input, isoTime(clock.now()), random.uuid);
  const limits = resolveLimits(options.limits);
  const now = (): number => clock.now();
  const h = continuing ? continuing.continued(now, limits.maxHistoryEvents) : new History(options.recordHistory !== false, now, limits.maxHistoryEvents);
  const mocks = options.mocks ? loadMockTestCase(options.mocks.config, options.mocks.testCase, options.mocks.stateMachine, identity.stateMachineName) : null;
  const tasks = new TaskResolver({
    mocks,
    handlers: options.handlers ?? {},
    defaultHandler: options.defaultHandler ?? null,
    awaitCallbacks: options.awaitCallbacks !== false,
  });
  const run = new Run({
    machine,
    identity,
    clock,
    random,
    history: h,
    limits,
    tasks,
    files: options.files ?? {},
    variables: options.variables,
    callbackGraceMs: options.callbackGraceMs,
    recordHistory: options.recordHistory !== false,
  });
  return { run, tasks, history: h, input };
}

/** Accepts a definition or an already compiled machine. */
export function machineOf(definition: StateMachine | CompiledMachine): CompiledMachine {
  return 'root' in definition && 'states' in definition && definition.states instanceof Map ? (definition as CompiledMachine) : compile(definition as StateMachine);
}

/**
 * Starts an execution and returns its handle at once (it runs until it completes, pauses at a
 * breakpoint or waits for a callback).
 * @example const ex = startExecution(def, { input: { a: 1 } }); const r = await ex.done;
 */
export function startExecution(definition: StateMachine | CompiledMachine, options: ExecutionOptions = {}): Execution {
  const machine = machineOf(definition);
  const setup = createRun(machine, options);
  const handle = executionHandle(setup, machine, options);
  setup.run.start(setup.input);
  return handle;
}

/** Wraps a run in the public {@link Execution} handle. */
export function executionHandle(setup: RunSetup, machine: CompiledMachine, options: ExecutionOptions): Execution {
  const { run, tasks, history } = setup;
  const debug = new Debugger(run, options.breakpoints ?? [], options.pauseOnStart === true);
  const answer = (token: string, a: { result: JsonValue } | { error: string | null; cause: string | null }): void => {
    const wait = tasks.callbacks.get(token);
    if (wait === undefined) throw new TaskDoesNotExist(token);
    wait.deliver(a);
    run.pump();
  };
  const handle: Execution = {
    id: run.identity.executionArn,
    seed: run.random.seed,
    done: run.done,
    get status() {
      return run.status;
    },
    events: {
      subscribe: (l) => history.subscribe(l),
      get list() {
        return history.list();
      },
      get count() {
        return history.count;
      },
    },
    sendTaskSuccess: (token, output) => answer(token, { result: output }),
    sendTaskFailure: (token, error, cause) => answer(token, { error: error ?? null, cause: cause ?? null }),
    sendTaskHeartbeat: (token) => {
      const wait = tasks.callbacks.get(token);
      if (wait === undefined) throw new TaskDoesNotExist(token);
      wait.heartbeat();
    },
    pendingTaskTokens: () => [...tasks.callbacks.entries()].map(([token, w]) => ({ token, stateName: w.stateName })),
    stop: (error, cause) => {
      run.stop(error, cause);
    },
    debug,
  };
  internals.set(handle, { run, machine, options, history });
  return handle;
}

/** What redrive needs from a finished execution. */
export interface ExecutionInternals {
  run: Run;
  machine: CompiledMachine;
  options: ExecutionOptions;
  history: History;
}

const internals = new WeakMap<Execution, ExecutionInternals>();

/** The run behind a handle (redrive). */
export function internalsOf(e: Execution): ExecutionInternals | undefined {
  return internals.get(e);
}

/**
 * Runs an execution to its end.
 * @example const { status, output } = await runExecution(def, { input: {} });
 */
export function runExecution(definition: StateMachine | CompiledMachine, options: ExecutionOptions = {}): Promise<ExecutionResult> {
  return startExecution(definition, options).done;
}

export { ERR };
