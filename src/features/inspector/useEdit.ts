import { useCallback, useMemo } from 'react';
import { locateState, type FieldPath } from '../../asl/ops';
import { fromPointer } from '../../asl/pointer';
import type { JsonValue, StateMachine } from '../../asl/types';
import { executeCommand } from '../../commands/execute';
import { setStateFieldCommand, setStateFieldsCommand, type FieldChange } from '../../commands/state/setField';
import type { Command } from '../../commands/types';
import { useStudio } from '../../store';

/**
 * Runs a command for a form field. A refusal the field can show inline (a taken name, a value of
 * the wrong kind) comes back as a message instead of a toast; everything else (broken text) is
 * left to `executeCommand`, which tells the user. Returns undefined when the edit was made.
 */
export function runCommand<Args>(command: Command<Args>, args: Args): string | undefined {
  const state = useStudio.getState();
  if (state.syntaxErrors.length === 0 && state.definition !== undefined) {
    const trial = command.apply(state.definition as unknown as StateMachine, args);
    if (!trial.ok) return trial.error.message;
  }
  const outcome = executeCommand(command, args);
  return outcome.ok ? undefined : outcome.error.message;
}

/** The edits a state's forms make: each call is one command, so one undo step. */
export interface StateEdit {
  name: string;
  set(path: FieldPath, value: JsonValue | undefined, label?: string): string | undefined;
  setMany(changes: FieldChange[], label?: string): string | undefined;
  /**
   * Sets a field from its value in the document *now*. A blur can commit one field and a click
   * commit another before React re-renders: edits that rebuild a whole rule or list must start
   * from the latest value, not from what the form last rendered.
   */
  update(path: FieldPath, fn: (current: JsonValue | undefined) => JsonValue | undefined, label?: string): string | undefined;
}

function segmentsOf(path: FieldPath): string[] {
  if (typeof path !== 'string') return path.map(String);
  return path.startsWith('/') ? fromPointer(path) : [path];
}

/** The value at `path` inside the named state of the current document. */
export function currentValue(name: string, path: FieldPath): JsonValue | undefined {
  const definition = useStudio.getState().definition;
  if (definition === undefined || definition === null || typeof definition !== 'object') return undefined;
  let value: unknown = locateState(definition as unknown as StateMachine, name)?.state;
  for (const segment of segmentsOf(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value as JsonValue | undefined;
}

/** Edits of the named state, through the generic `state.setField` / `state.setFields` commands. */
export function useStateEdit(name: string): StateEdit {
  const set = useCallback(
    (path: FieldPath, value: JsonValue | undefined, label?: string) => runCommand(setStateFieldCommand, { name, path, value, label }),
    [name],
  );
  const setMany = useCallback(
    (changes: FieldChange[], label?: string) => runCommand(setStateFieldsCommand, { name, changes, label }),
    [name],
  );
  const update = useCallback(
    (path: FieldPath, fn: (current: JsonValue | undefined) => JsonValue | undefined, label?: string) => set(path, fn(currentValue(name, path)), label),
    [name, set],
  );
  return useMemo(() => ({ name, set, setMany, update }), [name, set, setMany, update]);
}
