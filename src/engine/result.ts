/** The public result of a run. */
import type { HistoryEvent, ExecutionResult } from './types';
import type { Run } from './run';

/** Builds the result; `events` is a getter that builds the event objects on first read. */
export function resultOf(run: Run, recordHistory: boolean): ExecutionResult {
  const r: ExecutionResult = {
    status: run.status === 'RUNNING' ? 'ABORTED' : run.status,
    output: run.output,
    error: run.error,
    cause: run.cause,
    executionArn: run.identity.executionArn,
    startDate: run.identity.startTime,
    stopDate: run.stopDate,
    seed: run.random.seed,
    eventCount: run.history.count,
  };
  if (recordHistory) {
    const history = run.history;
    let events: HistoryEvent[] | null = null;
    Object.defineProperty(r, 'events', {
      enumerable: true,
      configurable: true,
      get: () => (events ??= history.list()),
    });
  }
  return r;
}
