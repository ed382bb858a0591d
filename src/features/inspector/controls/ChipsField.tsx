import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useFieldDiagnostics } from '../useInspectorDiagnostics';
import { FieldShell } from './FieldShell';

export interface ChipsFieldProps {
  label: string;
  asl?: string;
  help?: ReactNode;
  value: string[];
  pointer: string;
  /** The accessible name of the text box that adds an item (`Add an error`). */
  addLabel: string;
  placeholder?: string;
  /** Offered as the user types (a datalist). */
  suggestions?: readonly string[];
  /** Changes the list, starting from its value in the document now; an empty list removes the field. */
  onUpdate(fn: (items: string[]) => string[]): string | undefined;
}

/** A list of names as chips: type one and press Enter to add it, × (or Backspace in the empty box) removes one. */
export function ChipsField({ label, asl, help, value, pointer, addLabel, placeholder, suggestions, onUpdate }: ChipsFieldProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const diagnostics = useFieldDiagnostics(pointer);
  const add = () => {
    const item = text.trim();
    if (!item) return;
    if (value.includes(item)) {
      setError(`${item} is already in the list.`);
      return;
    }
    const refused = onUpdate((items) => (items.includes(item) ? items : [...items, item]));
    setError(refused);
    if (!refused) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
      onUpdate((items) => items.slice(0, -1));
    }
  };
  return (
    <FieldShell id={id} label={label} asl={asl} error={error} diagnostics={diagnostics} help={help}>
      <div className="chips chips--input">
        {value.map((item) => (
          <span key={item} className="chip">
            {item}
            <button type="button" className="chip__remove" aria-label={`Remove ${item}`} onClick={() => onUpdate((items) => items.filter((n) => n !== item))}>×</button>
          </span>
        ))}
        <input
          id={id}
          className="chips__input"
          list={suggestions ? `${id}-suggestions` : undefined}
          value={text}
          placeholder={placeholder}
          aria-label={addLabel}
          onChange={(e) => {
            setText(e.target.value);
            setError(undefined);
          }}
          onKeyDown={onKeyDown}
          onBlur={add}
        />
        {suggestions && (
          <datalist id={`${id}-suggestions`}>
            {suggestions.filter((s) => !value.includes(s)).map((s) => <option key={s} value={s} />)}
          </datalist>
        )}
      </div>
    </FieldShell>
  );
}
