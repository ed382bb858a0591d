import { setField } from '../../asl/ops';
import type { FieldPath, OpResult } from '../../asl/ops';
import type { JsonValue, StateMachine } from '../../asl/types';
import type { Command } from '../types';

/** One field change inside a state: `undefined` removes the field. */
export interface FieldChange {
  path: FieldPath;
  value: JsonValue | undefined;
}

export interface SetFieldArgs extends FieldChange {
  /** The state's name. */
  name: string;
  /** What the undo history calls the edit; defaults to `Edit <field> of <state>`. */
  label?: string;
}

export interface SetFieldsArgs {
  name: string;
  changes: readonly FieldChange[];
  label?: string;
}

function fieldName(path: FieldPath): string {
  const segments = typeof path === 'string' ? path.replace(/^\//, '').split('/') : path.map(String);
  return segments.filter((s) => !/^\d+$/.test(s)).join(' ') || 'field';
}

/**
 * Sets (or removes) one field anywhere inside a state: `Comment`, `['Retry', 0, 'MaxAttempts']`,
 * `/ItemProcessor/ProcessorConfig/Mode`... The inspector's one generic edit; renames, type
 * changes and structural edits have their own commands because they rewire the graph.
 */
export const setStateFieldCommand: Command<SetFieldArgs> = {
  id: 'state.setField',
  label: ({ name, path, label }) => label ?? `Edit ${fieldName(path)} of ${name}`,
  apply: (definition, { name, path, value }) => setField(definition, name, path, value),
};

/**
 * Several field changes in one state as one undo step: switching a Wait from `Seconds` to
 * `TimestampPath`, or a number to its `...Path` form, removes one key and adds another.
 */
export const setStateFieldsCommand: Command<SetFieldsArgs> = {
  id: 'state.setFields',
  label: ({ name, changes, label }) => label ?? `Edit ${changes.map((c) => fieldName(c.path)).join(', ')} of ${name}`,
  apply: (definition, { name, changes }) => {
    let result: OpResult = { ok: true, definition };
    let current: StateMachine = definition;
    for (const change of changes) {
      result = setField(current, name, change.path, change.value);
      if (!result.ok) return result;
      current = result.definition;
    }
    return result;
  },
};
