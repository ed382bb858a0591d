import type { ReactNode } from 'react';
import type { Diagnostic } from '../../../asl/types';

export interface FieldShellProps {
  id: string;
  label: string;
  /** The ASL key the field edits, shown as a code chip (`TimeoutSeconds`). */
  asl?: string;
  help?: ReactNode;
  /** A local message (parse error, refused edit): shown first. */
  error?: string;
  diagnostics?: Diagnostic[];
  children: ReactNode;
  /** Something beside the label: a mode switch, a toggle. */
  aside?: ReactNode;
}

/** The ids a control inside a field uses for its description and messages. */
export function messageId(id: string): string {
  return `${id}-messages`;
}

/** Label, help text, the control and its messages: the frame every inspector field shares. */
export function FieldShell({ id, label, asl, help, error, diagnostics = [], children, aside }: FieldShellProps) {
  const messages = [
    ...(error ? [{ severity: 'error', message: error, code: 'local' }] : []),
    ...diagnostics.map((d) => ({ severity: d.severity, message: d.message, code: d.code })),
  ].slice(0, 3);
  return (
    <div className={`field${messages.some((m) => m.severity === 'error') ? ' field--invalid' : ''}`}>
      <div className="field__label-row">
        <label className="field__label" htmlFor={id} title={asl}>
          {label}
          {asl && <code className="field__asl">{asl}</code>}
        </label>
        {aside}
      </div>
      {children}
      {help && <p className="field__help">{help}</p>}
      {messages.length > 0 && (
        <ul className="field__messages" id={messageId(id)} aria-live="polite">
          {messages.map((m, i) => (
            <li key={i} className={`field__message field__message--${m.severity}`} data-code={m.code}>
              {m.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
