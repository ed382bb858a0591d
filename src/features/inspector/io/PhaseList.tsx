import type { QueryLanguage, State } from '../../../asl/types';
import type { TestStateResult } from '../../../engine';
import { errorOutcomeOf } from './errorOutcome';
import { ErrorOutcomeView } from './ErrorOutcomeView';
import { phasesOf, previewText, STATUS_TEXT } from './previewModel';

export interface PhaseListProps {
  result: TestStateResult;
  language: QueryLanguage;
  /** The state that ran (its Retry and Catch explain an error). */
  state: State;
  retriesMade: number;
}

/** Where the state goes, the value after each data-flow phase, then what Retry/Catch do with an error. */
export function PhaseList({ result, language, state, retriesMade }: PhaseListProps) {
  const phases = phasesOf(result, language);
  const variables = Object.keys(result.variables ?? {});
  const outcome = errorOutcomeOf(state, result, language, retriesMade);
  return (
    <>
      <div className={`preview__status preview__status--${result.status.toLowerCase()}`}>
        <span className="preview__status-badge">{STATUS_TEXT[result.status]}</span>
        {result.nextState && (
          <span className="preview__next">
            Next: <strong>{result.nextState}</strong>
          </span>
        )}
        {!result.nextState && result.status === 'SUCCEEDED' && <span>End of the workflow</span>}
      </div>
      {result.error && (
        <p className={`preview__error${outcome && outcome.kind !== 'uncaught' ? ' preview__error--handled' : ''}`}>
          <strong>{result.error}</strong>
          {result.cause ? `: ${result.cause}` : ''}
        </p>
      )}
      <ol className="preview__phases">
        {phases.map(({ phase, value }, i) => {
          const { text } = previewText(value);
          const same = i > 0 && JSON.stringify(value) === JSON.stringify(phases[i - 1].value);
          return (
            <li key={phase.key} className="preview__phase" data-phase={phase.key}>
              <div className="preview__phase-label">
                {phase.label}
                {same && <span className="preview__same">unchanged</span>}
              </div>
              <pre className="preview__value">{text}</pre>
            </li>
          );
        })}
      </ol>
      {outcome && <ErrorOutcomeView outcome={outcome} />}
      {variables.length > 0 && (
        <div className="preview__phase" data-phase="variables">
          <div className="preview__phase-label">Variables after the state</div>
          <pre className="preview__value">{previewText(result.variables).text}</pre>
        </div>
      )}
    </>
  );
}
