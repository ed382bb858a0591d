import { STATE_TYPES, type StateType } from '../../asl/types';
import { addBranch, changeType, deleteState, duplicateState, removeBranch, startRename } from './canvasActions';
import type { MenuItem } from './ContextMenu';
import { MOVE_STEP_COMMANDS, moveStep, moveStepRefusal } from './moveActions';

/** What a context menu was opened on. */
export type MenuTarget =
  | { kind: 'state'; name: string; type: StateType | undefined }
  | { kind: 'branch'; parallel: string; index: number; count: number };

const NOTHING_AFTER: ReadonlySet<StateType> = new Set(['Succeed', 'Fail']);

/** The entries of the context menu of a state or a Parallel branch. */
export function menuItems(target: MenuTarget): MenuItem[] {
  if (target.kind === 'branch') {
    return [
      { label: 'Add branch', onSelect: () => addBranch(target.parallel) },
      {
        label: 'Remove branch',
        danger: true,
        disabled: target.count < 2,
        reason: 'A Parallel state needs at least one branch.',
        onSelect: () => removeBranch(target.parallel, target.index),
      },
    ];
  }
  const { name, type } = target;
  const items: MenuItem[] = [
    { label: 'Rename…', shortcut: 'F2', onSelect: () => startRename(name) },
    {
      label: 'Duplicate',
      shortcut: 'Ctrl+D',
      disabled: type !== undefined && NOTHING_AFTER.has(type),
      reason: 'Nothing can follow a Succeed or Fail state, so there is no place for a copy.',
      onSelect: () => duplicateState(name),
    },
    {
      label: 'Change type',
      submenu: STATE_TYPES.filter((t) => t !== type).map((t) => ({ label: t, onSelect: () => changeType(name, t) })),
    },
  ];
  for (const direction of ['up', 'down'] as const) {
    const reason = moveStepRefusal(name, direction);
    items.push({
      label: direction === 'up' ? 'Move up' : 'Move down',
      shortcut: MOVE_STEP_COMMANDS[direction].shortcut,
      disabled: reason !== undefined,
      reason,
      onSelect: () => moveStep(name, direction),
    });
  }
  if (type === 'Parallel') items.push({ label: 'Add branch', onSelect: () => addBranch(name) });
  items.push({ label: 'Delete', shortcut: 'Del', danger: true, onSelect: () => deleteState(name) });
  return items;
}
