import { useId, type ReactNode } from 'react';
import { useFieldDiagnostics } from '../useInspectorDiagnostics';
import { FieldShell, messageId } from './FieldShell';

export interface SelectOption {
  value: string;
  label?: string;
}

export interface SelectFieldProps {
  label: string;
  asl?: string;
  help?: ReactNode;
  pointer: string;
  value: string | undefined;
  options: readonly (SelectOption | { group: string; options: readonly SelectOption[] })[];
  /** The label of the "no value" choice; without it the field always has a value. */
  emptyLabel?: string;
  aside?: ReactNode;
  onChange(value: string | undefined): void;
}

/** A select bound to one field; each choice is committed at once (one undo step). */
export function SelectField({ label, asl, help, pointer, value, options, emptyLabel, aside, onChange }: SelectFieldProps) {
  const id = useId();
  const diagnostics = useFieldDiagnostics(pointer);
  const known = options.some((o) => ('group' in o ? o.options.some((x) => x.value === value) : o.value === value));
  return (
    <FieldShell id={id} label={label} asl={asl} help={help} diagnostics={diagnostics} aside={aside}>
      <select
        id={id}
        className="field__input field__select"
        value={value ?? ''}
        aria-invalid={diagnostics.some((d) => d.severity === 'error')}
        aria-describedby={diagnostics.length ? messageId(id) : undefined}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      >
        {(emptyLabel !== undefined || value === undefined) && <option value="">{emptyLabel ?? 'Choose…'}</option>}
        {/* A value the list does not know (typed in the code) is shown, never silently replaced. */}
        {value !== undefined && !known && <option value={value}>{value}</option>}
        {options.map((o) =>
          'group' in o ? (
            <optgroup key={o.group} label={o.group}>
              {o.options.map((x) => <option key={x.value} value={x.value}>{x.label ?? x.value}</option>)}
            </optgroup>
          ) : (
            <option key={o.value} value={o.value}>{o.label ?? o.value}</option>
          ),
        )}
      </select>
    </FieldShell>
  );
}
