import { useStudio } from './index';
import type { StateRunStatus } from './runStatus';

/**
 * The run status of one state for the canvas: undefined when no run is shown (or the document
 * changed since the run started), 'not-run' for a state the run has not reached.
 */
export function useStateRunStatus(stateName: string): StateRunStatus | undefined {
  return useStudio((s) => {
    const run = s.run;
    if (run === null || run.definition !== s.definition) return undefined;
    return run.stateStatus[stateName] ?? 'not-run';
  });
}
