import { useStudio } from '../../store';
import { EventList } from './EventList';
import { RunInput } from './RunInput';
import { RunResult } from './RunResult';
import { StatusBadge } from './StatusBadge';
import { runCurrentWorkflow } from './runCurrent';
import './execution.css';

function duration(startedAt: number, endedAt: number | null): string {
  if (endedAt === null) return '';
  const ms = endedAt - startedAt;
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** The execution drawer under the canvas: input, Start/Stop, status, output or error, and the events. */
export function ExecutionPanel() {
  const open = useStudio((s) => s.runPanelOpen);
  const status = useStudio((s) => s.run?.status ?? 'idle');
  const phase = useStudio((s) => s.run?.phase ?? null);
  const timing = useStudio((s) => (s.run ? duration(s.run.startedAt, s.run.endedAt) : ''));
  const hasRun = useStudio((s) => s.run !== null);
  const setOpen = useStudio((s) => s.setRunPanelOpen);
  const stopRun = useStudio((s) => s.stopRun);
  const clearRun = useStudio((s) => s.clearRun);
  if (!open) return null;
  const running = status === 'running';
  return (
    <section className="run-panel" aria-label="Execution">
      <header className="run-panel__bar">
        <h2 className="run-panel__title">Execution</h2>
        {hasRun && <StatusBadge status={status} phase={phase} />}
        {timing && <span className="run-panel__timing">{timing}</span>}
        <div className="run-panel__actions">
          <button type="button" className="button button--small button--primary" onClick={() => runCurrentWorkflow()} disabled={running}>
            Start execution
          </button>
          <button type="button" className="button button--small run-btn--stop" onClick={stopRun} disabled={!running}>
            Stop execution
          </button>
          <button type="button" className="button button--small" onClick={clearRun} disabled={!hasRun || running} title="Hide this run and its colours on the canvas">
            Clear
          </button>
          <button type="button" className="icon-button run-panel__close" onClick={() => setOpen(false)} aria-label="Close the execution panel" title="Close">
            ×
          </button>
        </div>
      </header>
      <div className="run-panel__body">
        <RunInput />
        <RunResult />
        <EventList />
      </div>
    </section>
  );
}
