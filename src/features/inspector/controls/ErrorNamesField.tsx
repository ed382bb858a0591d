import { useId, useState, type KeyboardEvent } from 'react';
import { useFieldDiagnostics } from '../useInspectorDiagnostics';
import { COMMON_ERRORS } from '../model/errorNames';
import { FieldShell } from './FieldShell';

export interface ErrorNamesFieldProps {
  value: string[];
  pointer: string;
  /** Changes the list, starting from its value in the document now. */
  onUpdate(fn: (names: string[]) => string[]): string | undefined;
}

/** ErrorEquals as chips: pick a common error or type any name, Enter adds it, × removes one. */
export function ErrorNamesField({ value, pointer, onUpdate }: ErrorNamesFieldProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const diagnostics = useFieldDiagnostics(pointer);
  const add = () => {
    const name = text.trim();
    if (!name) return;
    if (value.includes(name)) {
      setError(`${name} is already in the list.`);
      return;
    }
    const refused = onUpdate((names) => (names.includes(name) ? names : [...names, name]));
    setError(refused);
    if (!refused) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
      onUpdate((names) => names.slice(0, -1));
    }
  };
  return (
    <FieldShell id={id} label="Errors" asl="ErrorEquals" error={error} diagnostics={diagnostics} help="Pick or type an error name, then press Enter.">
      <div className="chips chips--input">
        {value.map((name) => (
          <span key={name} className="chip">
            {name}
            <button type="button" className="chip__remove" aria-label={`Remove ${name}`} onClick={() => onUpdate((names) => names.filter((n) => n !== name))}>×</button>
          </span>
        ))}
        <input
          id={id}
          className="chips__input"
          list={`${id}-errors`}
          value={text}
          placeholder={value.length ? 'Add an error…' : 'States.ALL'}
          aria-label="Add an error"
          onChange={(e) => {
            setText(e.target.value);
            setError(undefined);
          }}
          onKeyDown={onKeyDown}
          onBlur={add}
        />
        <datalist id={`${id}-errors`}>
          {COMMON_ERRORS.filter((e) => !value.includes(e)).map((e) => <option key={e} value={e} />)}
        </datalist>
      </div>
    </FieldShell>
  );
}
