import type { OpError } from '../asl/ops';
import type { StateMachine } from '../asl/types';
import { useStudio } from '../store';
import type { Command } from './types';

/** What running a command did. */
export type CommandOutcome = { ok: true; definition: StateMachine } | { ok: false; error: OpError };

/**
 * Runs a command on the open document: one undo step, the text updated by minimal edits. Refused
 * edits (and edits while the text does not parse, which would overwrite what the user is typing)
 * leave everything as it was and tell the user why.
 */
export function executeCommand<Args>(command: Command<Args>, args: Args): CommandOutcome {
  const state = useStudio.getState();
  if (state.syntaxErrors.length > 0) {
    const first = state.syntaxErrors[0];
    const where = first.range ? ` (line ${first.range.start.line})` : '';
    const error: OpError = { code: 'INVALID_VALUE', message: `Fix the text first${where}: ${first.message}` };
    state.notify('warning', error.message);
    return { ok: false, error };
  }
  const definition = state.definition as unknown as StateMachine;
  const result = command.apply(definition, args);
  if (!result.ok) {
    state.notify('warning', result.error.message);
    return result;
  }
  state.commitDefinition(result.definition, command.label(args));
  return { ok: true, definition: result.definition };
}
