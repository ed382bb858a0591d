import { countStates } from '../../asl/countStates';
import { useDocumentDiagnostics } from '../../app/diagnostics/documentDiagnostics';
import { useStudio } from '../../store';

/** The list of problems in the open workflow, worst first, each with its place in the text. */
export function ProblemsPanel() {
  const diagnostics = useDocumentDiagnostics();
  const stateCount = useStudio((s) => countStates(s.definition));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return (
    <aside className="problems" aria-label="Problems">
      <h2 className="problems__title">
        Problems <span className={errors ? 'problems__count problems__count--bad' : 'problems__count'}>{diagnostics.length}</span>
      </h2>
      <p className="problems__summary">{stateCount} states · {errors ? `${errors} error${errors > 1 ? 's' : ''}` : 'valid ASL'}</p>
      <ul className="problems__list">
        {diagnostics.map((d, i) => (
          <li key={i} className={`problem problem--${d.severity}`}>
            <span className="problem__where">{d.range ? `${d.range.start.line}:${d.range.start.column}` : d.pointer || '/'}</span>
            <span className="problem__message">{d.message}</span>
            <code className="problem__code">{d.code}</code>
          </li>
        ))}
      </ul>
    </aside>
  );
}

