import { deleteState } from '../../asl/ops';
import type { Command } from '../types';

export interface DeleteStateArgs {
  name: string;
}

/** Deletes a state; whatever led to it now leads to its successor. */
export const deleteStateCommand: Command<DeleteStateArgs> = {
  id: 'state.delete',
  label: ({ name }) => `Delete ${name}`,
  shortcut: 'Delete',
  apply: (definition, { name }) => deleteState(definition, name),
};
