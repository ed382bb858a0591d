/** The Flow tab: the states that route and shape the workflow rather than call a service. */
import type { FlowItem } from './types';

function flow(stateType: FlowItem['stateType'], description: string, keywords: string[] = []): FlowItem {
  return { id: `flow:${stateType}`, tab: 'flow', title: stateType, stateType, description, keywords };
}

export const FLOW: readonly FlowItem[] = [
  flow('Pass', 'Pass its input to its output, optionally reshaping it or injecting fixed data. Handy as a placeholder.', ['transform', 'placeholder']),
  flow('Choice', 'Branch on the input: the first rule that matches picks the next state, else the Default.', ['if', 'branch', 'condition', 'switch']),
  flow('Parallel', 'Run several branches at the same time and continue with all their outputs as an array.', ['concurrent', 'branches', 'fork']),
  flow('Map', 'Run the same steps for every item of an array (inline) or of a file in S3 (distributed).', ['loop', 'iterate', 'foreach', 'items']),
  flow('Wait', 'Pause for a number of seconds or until a timestamp.', ['delay', 'sleep', 'timer']),
  flow('Succeed', 'Stop the workflow (or the branch) successfully.', ['end', 'stop', 'done']),
  flow('Fail', 'Stop the workflow (or the branch) with an error and a cause.', ['error', 'stop', 'abort']),
];
