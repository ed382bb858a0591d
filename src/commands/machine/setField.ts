import { setMachineField } from '../../asl/ops';
import type { MachineField } from '../../asl/ops';
import type { StateMachine } from '../../asl/types';
import type { Command } from '../types';

export interface SetMachineFieldArgs<K extends MachineField = MachineField> {
  field: K;
  /** `undefined` removes the field. */
  value: StateMachine[K] | undefined;
}

/** Sets or removes the machine's Comment, QueryLanguage, TimeoutSeconds or Version. */
export const setMachineFieldCommand: Command<SetMachineFieldArgs> = {
  id: 'machine.setField',
  label: ({ field, value }) => (value === undefined ? `Remove machine ${field}` : `Edit machine ${field}`),
  apply: (definition, { field, value }) => setMachineField(definition, field, value),
};
