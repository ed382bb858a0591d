import { useId, type ReactNode } from 'react';

export interface ToggleProps {
  label: string;
  help?: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** A switch (a checkbox with switch styling), committed on change. */
export function Toggle({ label, help, checked, disabled, onChange }: ToggleProps) {
  const id = useId();
  return (
    <div className="toggle">
      <input id={id} type="checkbox" role="switch" className="toggle__input" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id} className="toggle__label">
        <span className="toggle__title">{label}</span>
        {help && <span className="toggle__help">{help}</span>}
      </label>
    </div>
  );
}
