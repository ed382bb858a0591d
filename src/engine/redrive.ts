/**
 * Redrive (AWS RedriveExecution): restarts a FAILED, TIMED_OUT or ABORTED execution from the state
 * of the workflow where it stopped, with that state's input and the variables set so far. Earlier
 * states are not rerun; the history continues with an ExecutionRedriven event and
 * `$$.Execution.RedriveCount` goes up by one. A failed Map or Parallel state is rerun as a whole.
 */
import type { Execution } from './execution';
import { createRun, executionHandle, internalsOf } from './execution';
import type { ExecutionOptions } from './types';

/** The execution cannot be redriven. */
export class RedriveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedriveError';
  }
}

/**
 * Redrives a finished, unsuccessful execution. `overrides` may swap handlers or mocks.
 * @example const again = redrive(failed, { handlers: { Charge: () => ({ ok: true }) } }); await again.done;
 */
export function redrive(execution: Execution, overrides: Partial<ExecutionOptions> = {}): Execution {
  const inner = internalsOf(execution);
  if (inner === undefined) throw new RedriveError('This execution was not started by this engine.');
  const { run: previous, machine, options } = inner;
  if (previous.status === 'RUNNING') throw new RedriveError('The execution is still running.');
  if (previous.status === 'SUCCEEDED') throw new RedriveError('A SUCCEEDED execution cannot be redriven.');
  const root = previous.root;
  const redriveCount = (options.context?.redriveCount ?? 0) + 1;
  const next: ExecutionOptions = {
    ...options,
    ...overrides,
    input: options.input,
    context: { ...options.context, executionName: previous.identity.executionName, redriveCount },
    variables: { ...(options.variables ?? {}), ...root.scope.own() },
    pauseOnStart: overrides.pauseOnStart ?? false,
  };
  const setup = createRun(machine, next, inner.history);
  setup.tasks.continueCounts(previous.tasks);
  const handle = executionHandle(setup, machine, next);
  setup.run.start(setup.input, { state: root.state, input: root.input, redriveCount });
  return handle;
}
