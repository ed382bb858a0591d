import { useFieldDiagnostics } from '../useInspectorDiagnostics';

/**
 * The validator's messages about an object itself rather than one of its fields ("Missing
 * required field 'Transformation'" at WriterConfig), shown under the fields that edit it.
 */
export function GroupMessages({ pointer, label }: { pointer: string; label: string }) {
  const own = useFieldDiagnostics(pointer).filter((d) => d.pointer === pointer);
  if (own.length === 0) return null;
  return (
    <ul className="field__messages" aria-label={label} aria-live="polite">
      {own.slice(0, 3).map((d, i) => (
        <li key={i} className={`field__message field__message--${d.severity}`} data-code={d.code}>
          {d.message}
        </li>
      ))}
    </ul>
  );
}
