import { useStudio } from '../../store';
import { CallbackAnswer } from './CallbackAnswer';
import { matchSample, sampleExtras } from './runDefaults';

function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? 'null';
}

/** The run's outcome: its output, or its error and cause; callback tasks waiting for an answer. */
export function RunResult() {
  const run = useStudio((s) => s.run);
  const definition = useStudio((s) => s.definition);
  const callbackOutput = sampleExtras(matchSample(definition)).callbackOutput ?? '{}';
  let body;
  if (run === null) {
    body = <p className="run-empty">Run the workflow to see its output here. Every run happens in a background worker, on this machine.</p>;
  } else if (run.status === 'running') {
    body =
      run.pendingTasks.length > 0 ? (
        run.pendingTasks.slice(0, 3).map((t) => <CallbackAnswer key={t.token} task={t} initialOutput={callbackOutput} />)
      ) : (
        <p className="run-empty">{run.phase === 'paused' ? 'Paused.' : 'Running…'}</p>
      );
  } else if (run.status === 'succeeded') {
    body = (
      <pre className="run-code run-output" aria-label="Execution output" tabIndex={0}>
        {pretty(run.output)}
      </pre>
    );
  } else {
    body = (
      <div className="run-error" aria-label="Execution error">
        {run.error !== null && (
          <div className="run-error__field">
            <span className="run-error__label">Error</span>
            <code className="run-error__name">{run.error}</code>
          </div>
        )}
        {run.cause !== null && (
          <div className="run-error__field">
            <span className="run-error__label">Cause</span>
            <p className="run-error__cause">{run.cause}</p>
          </div>
        )}
        {run.message !== null && <p className="run-error__message">{run.message}</p>}
        {run.status === 'aborted' && run.error === null && run.message === null && <p className="run-error__message">The execution was stopped.</p>}
      </div>
    );
  }
  const stale = run !== null && run.definition !== definition;
  return (
    <section className="run-column run-result" aria-label="Execution result">
      <h3 className="run-column__title">{run?.status === 'succeeded' ? 'Output' : 'Result'}</h3>
      {stale && <p className="run-stale">The workflow changed since this run: run it again to see its states on the canvas.</p>}
      {body}
    </section>
  );
}
