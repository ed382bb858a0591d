import type { QueryLanguage } from '../../../asl/types';
import type { TestStateResult } from '../../../engine';
import { phasesOf, previewText } from './previewModel';

const STATUS_TEXT: Record<TestStateResult['status'], string> = {
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  RETRIABLE: 'Would be retried',
  CAUGHT_ERROR: 'Error caught',
};

/** The value after each data-flow phase, then where the state goes, and any error. */
export function PhaseList({ result, language }: { result: TestStateResult; language: QueryLanguage }) {
  const phases = phasesOf(result, language);
  const variables = Object.keys(result.variables ?? {});
  return (
    <>
      <div className={`preview__status preview__status--${result.status.toLowerCase()}`}>
        <span className="preview__status-badge">{STATUS_TEXT[result.status]}</span>
        {result.nextState && <span>Next: <strong>{result.nextState}</strong></span>}
        {!result.nextState && result.status === 'SUCCEEDED' && <span>End of the workflow</span>}
      </div>
      {result.error && (
        <p className="preview__error">
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
      {variables.length > 0 && (
        <div className="preview__phase" data-phase="variables">
          <div className="preview__phase-label">Variables after the state</div>
          <pre className="preview__value">{previewText(result.variables).text}</pre>
        </div>
      )}
    </>
  );
}
