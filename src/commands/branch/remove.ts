import { removeBranch } from '../../asl/ops';
import type { Command } from '../types';

export interface RemoveBranchArgs {
  parallel: string;
  /** 0-based branch index. */
  index: number;
}

/** Removes a branch and every state in it; the last branch cannot go (delete the Parallel instead). */
export const removeBranchCommand: Command<RemoveBranchArgs> = {
  id: 'branch.remove',
  label: ({ parallel, index }) => `Remove branch ${index + 1} of ${parallel}`,
  apply: (definition, { parallel, index }) => removeBranch(definition, parallel, index),
};
