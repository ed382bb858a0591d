import { moveState } from '../../asl/ops';
import type { Command } from '../types';
import { stepTarget, type StepDirection } from './stepTarget';

export interface MoveStepArgs {
  name: string;
}

function moveStepCommand(direction: StepDirection, shortcut: string): Command<MoveStepArgs> {
  return {
    id: direction === 'up' ? 'state.moveUp' : 'state.moveDown',
    label: ({ name }) => `Move ${name} ${direction}`,
    shortcut,
    apply: (definition, { name }) => {
      const target = stepTarget(definition, name, direction);
      return target.ok ? moveState(definition, name, target.to) : target;
    },
  };
}

/** Swaps a state with the one before it in its sequence, rewired as a drag onto that edge would. */
export const moveStateUpCommand = moveStepCommand('up', 'Alt+↑');

/** Swaps a state with the one after it in its sequence, rewired as a drag onto that edge would. */
export const moveStateDownCommand = moveStepCommand('down', 'Alt+↓');
