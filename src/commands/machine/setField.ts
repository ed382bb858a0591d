import { setMachineField } from '../../asl/ops';
import type { MachineField } from '../../asl/ops';
import type { Command } from '../types';

export interface SetMachineFieldArgs {
  field: MachineField;
  /** `undefined` removes the field. Strings for TimeoutSeconds are `${Placeholder}` substitutions. */
  value: string | number | undefined;
}

const PLACEHOLDER = /\$\{[^}]+\}/;

/** Sets or removes the machine's Comment, QueryLanguage, TimeoutSeconds or Version. */
export const setMachineFieldCommand: Command<SetMachineFieldArgs> = {
  id: 'machine.setField',
  label: ({ field, value }) => (value === undefined ? `Remove machine ${field}` : `Edit machine ${field}`),
  apply: (definition, { field, value }) => {
    // SAM and CDK substitute `${Timeout}` at deploy time: accept it where the number goes.
    if (field === 'TimeoutSeconds' && typeof value === 'string' && PLACEHOLDER.test(value)) {
      return { ok: true, definition: { ...definition, TimeoutSeconds: value as unknown as number } };
    }
    return setMachineField(definition, field, value as never);
  },
};
