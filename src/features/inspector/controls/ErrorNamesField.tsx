import { COMMON_ERRORS } from '../model/errorNames';
import { ChipsField } from './ChipsField';

export interface ErrorNamesFieldProps {
  value: string[];
  pointer: string;
  /** Changes the list, starting from its value in the document now. */
  onUpdate(fn: (names: string[]) => string[]): string | undefined;
}

/** ErrorEquals as chips: pick a common error or type any name, Enter adds it, × removes one. */
export function ErrorNamesField({ value, pointer, onUpdate }: ErrorNamesFieldProps) {
  return (
    <ChipsField
      label="Errors"
      asl="ErrorEquals"
      help="Pick or type an error name, then press Enter."
      value={value}
      pointer={pointer}
      addLabel="Add an error"
      placeholder={value.length ? 'Add an error…' : 'States.ALL'}
      suggestions={COMMON_ERRORS}
      onUpdate={onUpdate}
    />
  );
}
