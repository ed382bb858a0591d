import { useId, type ReactNode } from 'react';
import { FieldShell, messageId } from '../controls/FieldShell';

export interface PreviewFieldProps {
  label: string;
  value: string;
  onChange(text: string): void;
  /** Why the text cannot be used: shown under the box, the text stays. */
  error?: string;
  help?: ReactNode;
  /** The fewest rows of a multi-line box (it grows with its text up to 8); none: one line. */
  rows?: number;
  placeholder?: string;
  mono?: boolean;
}

const MAX_ROWS = 8;

/** One preview box: its text is kept as typed (in the store) and used as soon as it parses. */
export function PreviewField({ label, value, onChange, error, help, rows, placeholder, mono = rows !== undefined }: PreviewFieldProps) {
  const id = useId();
  const common = {
    id,
    value,
    placeholder,
    spellCheck: false,
    className: `field__input${mono ? ' field__input--mono' : ''}`,
    'aria-invalid': error !== undefined,
    'aria-describedby': error ? messageId(id) : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <FieldShell id={id} label={label} help={help} error={error}>
      {rows !== undefined ? <textarea {...common} rows={Math.min(Math.max(rows, value.split('\n').length), MAX_ROWS)} /> : <input type="text" {...common} />}
    </FieldShell>
  );
}
