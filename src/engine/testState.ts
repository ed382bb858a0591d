/**
 * TestState, as AWS's TestState API: runs one state on an input (with variables and a context),
 * a mocked task result or error, and reports each data-flow phase, the output, the next state and
 * the status: SUCCEEDED, FAILED, RETRIABLE (a retrier would retry) or CAUGHT_ERROR.
 */
import type { JsonObject, JsonValue, QueryLanguage, State, StateMachine } from '../asl/types';
import { compile, createRun } from './execution';
import { createRandom } from './random';
import { catcherFor, retrierFor, type InspectionErrorDetails } from './testStateErrors';
import type { ExecutionContextInit, ExecutionOptions, TaskHandler } from './types';

export interface TestStateOptions {
  input?: JsonValue;
  /** Variables in scope when the state starts. */
  variables?: JsonObject;
  context?: ExecutionContextInit;
  /** Name of the state (shown in `$$.State.Name`); default `TestState`. */
  stateName?: string;
  /** Query language of the surrounding workflow (the state's own field wins). */
  queryLanguage?: QueryLanguage;
  /** The task's result or error (Task states; for Map/Parallel use `handlers`). */
  mock?: { result: JsonValue } | { error: string; cause?: string };
  /** Handlers for Task states inside a Map or Parallel state. */
  handlers?: Record<string, TaskHandler>;
  mocks?: ExecutionOptions['mocks'];
  seed?: number;
  /**
   * Retries already made by the retrier that matches the mocked error (AWS's
   * `stateConfiguration.retrierRetryCount`, default 0): at its MaxAttempts, Catch decides.
   */
  retrierRetryCount?: number;
}

export type TestStateStatus = 'SUCCEEDED' | 'FAILED' | 'RETRIABLE' | 'CAUGHT_ERROR';

export interface InspectionData {
  input: JsonValue;
  afterInputPath?: JsonValue;
  afterParameters?: JsonValue;
  afterArguments?: JsonValue;
  result?: JsonValue;
  afterResultSelector?: JsonValue;
  afterResultPath?: JsonValue;
  /** Variables after the state (its assignments applied). */
  variables: JsonObject;
  /** The retrier that would retry (RETRIABLE) or the catcher that took the error (CAUGHT_ERROR). */
  errorDetails?: InspectionErrorDetails;
}

export interface TestStateResult extends InspectionData {
  status: TestStateStatus;
  output: JsonValue | null;
  error: string | null;
  cause: string | null;
  nextState: string | null;
  inspectionData: InspectionData;
}


/**
 * Runs one state in isolation.
 * @example await testState({ Type: 'Pass', Parameters: { 'a.$': '$.x' }, End: true }, { input: { x: 1 } })
 */
export async function testState(state: State, options: TestStateOptions = {}): Promise<TestStateResult> {
  const name = options.stateName ?? 'TestState';
  const def = JSON.parse(JSON.stringify(state)) as State & { Retry?: unknown; Next?: string; Default?: string };
  const retry = (state as { Retry?: unknown }).Retry;
  delete def.Retry;
  const targets = new Set<string>();
  if (typeof def.Next === 'string') targets.add(def.Next);
  if (typeof def.Default === 'string') targets.add(def.Default);
  for (const c of (def as { Choices?: { Next?: string }[] }).Choices ?? []) if (typeof c.Next === 'string') targets.add(c.Next);
  for (const c of (def as { Catch?: { Next?: string }[] }).Catch ?? []) if (typeof c.Next === 'string') targets.add(c.Next);
  // Transitions land on placeholder Succeed states; one back to the state itself gets its own name.
  const rename = (n: string): string => (n === name ? `${name}\u0000next` : n);
  if (typeof def.Next === 'string') def.Next = rename(def.Next);
  if (typeof def.Default === 'string') def.Default = rename(def.Default);
  for (const c of (def as { Choices?: { Next?: string }[] }).Choices ?? []) if (typeof c.Next === 'string') c.Next = rename(c.Next);
  for (const c of (def as { Catch?: { Next?: string }[] }).Catch ?? []) if (typeof c.Next === 'string') c.Next = rename(c.Next);
  const states: Record<string, State> = { [name]: def };
  for (const t of targets) states[rename(t)] = { Type: 'Succeed' };
  const machineDef: StateMachine = { StartAt: name, States: states, QueryLanguage: options.queryLanguage };
  const machine = compile(machineDef);
  const handlers: Record<string, TaskHandler> = { ...(options.handlers ?? {}) };
  const mock = options.mock;
  if (mock !== undefined) handlers[name] = () => ('result' in mock ? { result: mock.result } : { error: mock.error, cause: mock.cause ?? null });
  const input = options.input === undefined ? {} : options.input;
  const setup = createRun(machine, {
    input,
    variables: options.variables,
    context: options.context,
    handlers,
    mocks: options.mocks,
    seed: options.seed,
    recordHistory: true,
    awaitCallbacks: false,
  });
  const { run } = setup;
  const data: InspectionData = { input, variables: {} };
  let failure: { Error: string; Cause: string } | null = null;
  let caught = false;
  const tested = machine.states.get(name);
  run.inspector = (t, phase, value) => {
    if (t.parent !== null || t.state !== tested) return;
    if (phase === 'error') failure = value as { Error: string; Cause: string };
    else if (phase === 'caught') caught = true;
    else (data as unknown as Record<string, JsonValue>)[phase] = value;
  };
  run.start(input);
  const r = await run.done;
  data.variables = run.root.scope.snapshot();
  // The workflow thread ends on the placeholder it moved to, or on the state itself.
  const last = run.root.state;
  const nextState = last === tested ? null : last.name === `${name}\u0000next` ? name : last.name;
  const f = failure as { Error: string; Cause: string } | null;
  // TestState does not wait: a retrier that would retry is reported, with the back-off it would take.
  const retrier = f === null ? null : retrierFor(retry, f.Error, Math.max(0, options.retrierRetryCount ?? 0), createRandom(options.seed ?? 0));
  if (f !== null && retrier !== null) {
    // The state has not left yet: no catcher ran, nothing was assigned.
    data.variables = { ...(options.variables ?? {}) };
    data.errorDetails = retrier;
    return { ...data, inspectionData: data, status: 'RETRIABLE', output: null, error: f.Error, cause: f.Cause, nextState: null };
  }
  if (caught && f !== null) {
    const catchIndex = catcherFor((state as { Catch?: unknown }).Catch, f.Error);
    if (catchIndex !== null) data.errorDetails = { catchIndex };
  }
  const base = { ...data, inspectionData: data, nextState };
  if (caught && f !== null) return { ...base, status: 'CAUGHT_ERROR', output: r.output, error: f.Error, cause: f.Cause };
  if (r.status === 'SUCCEEDED') return { ...base, status: 'SUCCEEDED', output: r.output, error: null, cause: null };
  return { ...base, status: 'FAILED', output: null, error: r.error, cause: r.cause, nextState: null };
}
