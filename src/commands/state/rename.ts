import { renameState } from '../../asl/ops';
import type { Command } from '../types';

export interface RenameStateArgs {
  from: string;
  to: string;
}

/** Renames a state; every StartAt, Next, Default, Choice rule and Catch that leads to it follows. */
export const renameStateCommand: Command<RenameStateArgs> = {
  id: 'state.rename',
  label: ({ from, to }) => `Rename ${from} to ${to}`,
  apply: (definition, { from, to }) => renameState(definition, from, to),
};
