import type { ErrorOutcome } from './errorOutcome';
import { formatSeconds } from './errorOutcome';
import { previewText } from './previewModel';

function ErrorNames({ names }: { names: string[] }) {
  return (
    <span className="preview-handler__names">
      {names.map((n) => (
        <code key={n}>{n}</code>
      ))}
    </span>
  );
}

/** What Retry or Catch does with the state's error: the retrier and its wait, or the catcher and what goes on. */
export function ErrorOutcomeView({ outcome }: { outcome: ErrorOutcome }) {
  if (outcome.kind === 'uncaught') {
    return (
      <div className="preview-handler preview-handler--uncaught" data-testid="preview-error-handling">
        <div className="preview-handler__title">{outcome.message}</div>
      </div>
    );
  }
  if (outcome.kind === 'retry') {
    const wait = formatSeconds(outcome.waitSeconds);
    return (
      <div className="preview-handler preview-handler--retry" data-testid="preview-error-handling">
        <div className="preview-handler__title">Retrier {outcome.index + 1} retries</div>
        <div className="preview-handler__line">
          Matches <ErrorNames names={outcome.errorEquals} />
        </div>
        <p className="preview-handler__note">
          Waits <strong>{wait}</strong>
          {outcome.jitter ? ' (FULL jitter: a random share of the back-off)' : ''}, then runs the state again: retry {outcome.retry} of {outcome.maxAttempts}.
          The preview does not wait; set the retries already made to see what comes next.
        </p>
      </div>
    );
  }
  return (
    <div className="preview-handler preview-handler--catch" data-testid="preview-error-handling">
      <div className="preview-handler__title">
        Catcher {outcome.index + 1} catches it <span className="preview-handler__next">→ {outcome.next}</span>
      </div>
      <div className="preview-handler__line">
        Matches <ErrorNames names={outcome.errorEquals} />
      </div>
      <ol className="preview__phases">
        <li className="preview__phase" data-phase="errorOutput">
          <div className="preview__phase-label">Error output</div>
          <pre className="preview__value">{previewText(outcome.errorOutput).text}</pre>
        </li>
        <li className="preview__phase" data-phase="catcherOutput">
          <div className="preview__phase-label">
            {outcome.outputLabel}
          </div>
          <pre className="preview__value">{previewText(outcome.output).text}</pre>
          <div className="preview__goes-to">Goes to <strong>{outcome.next}</strong></div>
        </li>
      </ol>
    </div>
  );
}
