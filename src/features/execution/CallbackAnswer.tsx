import { useState } from 'react';
import type { JsonValue } from '../../asl/types';
import { useStudio } from '../../store';
import type { PendingTask } from '../../worker/protocol';

/** Answers a `.waitForTaskToken` task: Send success with a JSON output, or Send failure. */
export function CallbackAnswer({ task, initialOutput }: { task: PendingTask; initialOutput: string }) {
  const answerTask = useStudio((s) => s.answerTask);
  const [output, setOutput] = useState(initialOutput);
  const [error, setError] = useState('Rejected');
  const [cause, setCause] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = `callback-${task.token.slice(0, 12)}`;
  const succeed = () => {
    let value: JsonValue;
    try {
      value = JSON.parse(output) as JsonValue;
    } catch (e) {
      setProblem(`The task output is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    setProblem(null);
    answerTask(task.token, { output: value });
  };
  return (
    <div className="run-callback" role="group" aria-label={`Answer ${task.stateName}`}>
      <p className="run-callback__title">
        <span className="run-callback__spinner" aria-hidden="true" />
        Waiting for a callback from <strong>{task.stateName}</strong>
      </p>
      <label className="run-callback__label" htmlFor={`${id}-output`}>
        Task output (JSON)
      </label>
      <textarea id={`${id}-output`} className="run-code run-code--small" spellCheck={false} wrap="off" value={output} onChange={(e) => setOutput(e.target.value)} />
      {problem && (
        <p className="run-notice" role="alert">
          {problem}
        </p>
      )}
      <div className="run-callback__row">
        <button type="button" className="button button--small button--primary" onClick={succeed}>
          Send success
        </button>
        <button type="button" className="button button--small" onClick={() => answerTask(task.token, { error, cause })}>
          Send failure
        </button>
      </div>
      <div className="run-callback__row">
        <input aria-label="Failure error" title="Error of Send failure" value={error} onChange={(e) => setError(e.target.value)} placeholder="Error" />
        <input aria-label="Failure cause" title="Cause of Send failure" value={cause} onChange={(e) => setCause(e.target.value)} placeholder="Cause (optional)" />
      </div>
    </div>
  );
}
