/** Moving the selected state one step along its sequence, from the keys and the context menu. */
import type { StateMachine } from '../../asl/types';
import { executeCommand } from '../../commands/execute';
import { moveStateDownCommand, moveStateUpCommand } from '../../commands/state/moveStep';
import type { StepDirection } from '../../commands/state/stepTarget';
import { useStudio } from '../../store';

export const MOVE_STEP_COMMANDS = { up: moveStateUpCommand, down: moveStateDownCommand } as const;

/** Moves a state one step up or down (one undo step); it stays selected. A refusal is shown as a notice. */
export function moveStep(name: string, direction: StepDirection): boolean {
  const outcome = executeCommand(MOVE_STEP_COMMANDS[direction], { name });
  if (outcome.ok) useStudio.getState().select(name, 'canvas');
  return outcome.ok;
}

/**
 * Why a state cannot move one step, for a disabled menu entry; undefined when it can (or when the
 * text does not parse: then the command itself explains).
 */
export function moveStepRefusal(name: string, direction: StepDirection): string | undefined {
  const { definition, syntaxErrors } = useStudio.getState();
  if (syntaxErrors.length > 0 || definition === null || typeof definition !== 'object' || Array.isArray(definition)) return undefined;
  const result = MOVE_STEP_COMMANDS[direction].apply(definition as unknown as StateMachine, { name });
  return result.ok ? undefined : result.error.message;
}
