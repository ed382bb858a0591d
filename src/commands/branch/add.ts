import { addBranch } from '../../asl/ops';
import type { Command } from '../types';

export interface AddBranchArgs {
  /** The Parallel state's name. */
  parallel: string;
}

/** Appends a branch (holding one Pass state) to a Parallel state. */
export const addBranchCommand: Command<AddBranchArgs> = {
  id: 'branch.add',
  label: ({ parallel }) => `Add a branch to ${parallel}`,
  apply: (definition, { parallel }) => addBranch(definition, parallel),
};
