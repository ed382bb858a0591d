import { moveState } from '../../asl/ops';
import type { InsertAt } from '../../asl/ops';
import type { Command } from '../types';

export interface MoveStateArgs {
  name: string;
  to: InsertAt;
}

/** Moves a state to another place in the graph: the gap it leaves is closed, the new place wired. */
export const moveStateCommand: Command<MoveStateArgs> = {
  id: 'state.move',
  label: ({ name }) => `Move ${name}`,
  apply: (definition, { name, to }) => moveState(definition, name, to),
};
