import { useStudio } from '../store';
import { Icon } from './Icon';

const LABELS = { pending: 'Saving…', saved: 'Saved', full: 'Not saved', failed: 'Not saved', unavailable: 'Not saved' } as const;

/** A quiet word next to the workflow name: whether the latest change is in the browser's storage. */
export function SaveStatus() {
  const status = useStudio((s) => s.storage.status);
  const ok = status === 'saved' || status === 'pending';
  return (
    <span className={ok ? 'save-status' : 'save-status save-status--bad'} data-testid="save-status" title={ok ? 'Every change is saved in this browser' : 'Changes are kept in this tab only'}>
      {ok ? <Icon name="check" size={14} /> : <Icon name="warning" size={14} />} {LABELS[status]}
    </span>
  );
}
