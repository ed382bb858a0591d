import { useStudio } from '../../store';
import { runCurrentWorkflow } from './runCurrent';
// The canvas shows a run's colours even while the (lazily loaded) execution panel is closed.
import './canvasRunStatus.css';

/** The top bar's Run button: opens the execution panel and runs the workflow in the engine worker. */
export function RunButton() {
  const running = useStudio((s) => s.run?.status === 'running');
  return (
    <button
      type="button"
      className="button run-button"
      onClick={() => runCurrentWorkflow()}
      disabled={running}
      title="Run the workflow (opens the execution panel)"
    >
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <path d="M3 1.5v9l7.5-4.5z" fill="currentColor" />
      </svg>
      Run
    </button>
  );
}
