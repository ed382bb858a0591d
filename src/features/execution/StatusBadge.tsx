import type { RunStatus } from '../../store';
import type { RunPhase } from '../../worker/protocol';

const LABEL: Record<RunStatus, string> = {
  idle: 'Not started',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  timed_out: 'Timed out',
  aborted: 'Aborted',
};

/** The execution's status as a coloured pill (AWS console wording). */
export function StatusBadge({ status, phase }: { status: RunStatus; phase: RunPhase | null }) {
  const label = status === 'running' && phase === 'waiting' ? 'Waiting for callback' : status === 'running' && phase === 'paused' ? 'Paused' : LABEL[status];
  return (
    <span className={`run-badge run-badge--${status}`} role="status" data-status={status}>
      <span className="run-badge__dot" aria-hidden="true" />
      {label}
    </span>
  );
}
