import { useStudio } from '../../store';
import { useDiagnostics } from './useDiagnostics';

/** The list of problems in the open workflow, worst first, each with its place in the text. */
export function ProblemsPanel() {
  const diagnostics = useDiagnostics();
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

function countStates(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const states = (value as { States?: unknown }).States;
  if (states === null || typeof states !== 'object') return 0;
  let count = 0;
  for (const state of Object.values(states as Record<string, unknown>)) {
    count += 1;
    if (state !== null && typeof state === 'object') {
      const s = state as { Branches?: unknown[]; ItemProcessor?: unknown; Iterator?: unknown };
      if (Array.isArray(s.Branches)) for (const branch of s.Branches) count += countStates(branch);
      count += countStates(s.ItemProcessor) + countStates(s.Iterator);
    }
  }
  return count;
}
