import { changeStateType } from '../../asl/ops';
import type { StateType } from '../../asl/types';
import type { Command } from '../types';

export interface ChangeTypeArgs {
  name: string;
  type: StateType;
}

/** Turns a state into another type, keeping the fields the new type allows and its place in the graph. */
export const changeStateTypeCommand: Command<ChangeTypeArgs> = {
  id: 'state.changeType',
  label: ({ name, type }) => `Make ${name} a ${type} state`,
  apply: (definition, { name, type }) => changeStateType(definition, name, type),
};
