import { duplicateState } from '../../asl/ops';
import type { Command } from '../types';

export interface DuplicateStateArgs {
  name: string;
}

/** Inserts a copy of a state right after it (`X (copy)`), nested states renamed too. */
export const duplicateStateCommand: Command<DuplicateStateArgs> = {
  id: 'state.duplicate',
  label: ({ name }) => `Duplicate ${name}`,
  shortcut: 'Ctrl+D',
  apply: (definition, { name }) => duplicateState(definition, name),
};
