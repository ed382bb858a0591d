import type { OpResult } from '../asl/ops';
import type { StateMachine } from '../asl/types';

/**
 * An edit the user can make from any panel: a `noun.verb` id, a label for menus and the undo
 * history, and a pure `apply` built from `asl/ops`. A command never runs another command; a
 * composite edit is one command and so one undo step.
 */
export interface Command<Args> {
  id: string;
  label: (args: Args) => string;
  /** Shown in menus, e.g. `Ctrl+D`. */
  shortcut?: string;
  apply: (definition: StateMachine, args: Args) => OpResult<object>;
}
