/** What the canvas's keys and context menu do: each one command, then the selection follows. */
import { allStateNames } from '../../asl/ops';
import type { StateMachine, StateType } from '../../asl/types';
import { addBranchCommand } from '../../commands/branch/add';
import { removeBranchCommand } from '../../commands/branch/remove';
import { executeCommand, type CommandOutcome } from '../../commands/execute';
import { changeStateTypeCommand } from '../../commands/state/changeType';
import { deleteStateCommand } from '../../commands/state/delete';
import { duplicateStateCommand } from '../../commands/state/duplicate';
import { useStudio } from '../../store';

function currentNames(): Set<string> {
  const def = useStudio.getState().definition as unknown as StateMachine | undefined;
  return new Set(def && typeof def === 'object' ? allStateNames(def) : []);
}

/** Selects the first state an edit added (the copy, the new branch's placeholder). */
function selectAdded(before: Set<string>, outcome: CommandOutcome): void {
  if (!outcome.ok) return;
  const added = allStateNames(outcome.definition).find((n) => !before.has(n));
  if (added !== undefined) useStudio.getState().select(added, 'canvas');
}

export function deleteState(name: string): void {
  const outcome = executeCommand(deleteStateCommand, { name });
  if (outcome.ok) useStudio.getState().select(null, 'canvas');
}

export function duplicateState(name: string): void {
  const before = currentNames();
  selectAdded(before, executeCommand(duplicateStateCommand, { name }));
}

export function changeType(name: string, type: StateType): void {
  executeCommand(changeStateTypeCommand, { name, type });
}

export function addBranch(parallel: string): void {
  const before = currentNames();
  selectAdded(before, executeCommand(addBranchCommand, { parallel }));
}

export function removeBranch(parallel: string, index: number): void {
  const outcome = executeCommand(removeBranchCommand, { parallel, index });
  if (outcome.ok) useStudio.getState().select(parallel, 'canvas');
}

/**
 * Selects the state and puts the cursor in the inspector's name field (opening the inspector if
 * it is closed), where renaming rewires every reference.
 */
export function startRename(name: string): void {
  const state = useStudio.getState();
  state.select(name, 'canvas');
  if (!state.inspectorOpen) state.togglePanel('inspector');
  let tries = 0;
  const focus = () => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'State name');
    const input = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    } else if (tries++ < 10) requestAnimationFrame(focus);
  };
  requestAnimationFrame(focus);
}
