import { useState } from 'react';
import { useStudio } from '../store';
import { Icon } from './Icon';
import { saveNow } from './useWorkspaceBoot';

/** A warning under the top bar while changes cannot be saved: the work stays in this tab. */
export function StorageBanner() {
  const storage = useStudio((s) => s.storage);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (storage.status !== 'full' && storage.status !== 'failed' && storage.status !== 'unavailable') return null;
  const key = `${storage.status}:${storage.message}`;
  if (dismissed === key) return null;
  return (
    <div className="storage-banner" role="alert" data-testid="storage-banner">
      <Icon name="warning" />
      <span className="storage-banner__text">
        <strong>{storage.status === 'unavailable' ? 'Autosave is off.' : 'Not saved.'}</strong> {storage.message}
      </span>
      {storage.status !== 'unavailable' && (
        <button type="button" className="button button--small" onClick={() => void saveNow()}>
          Try again
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss the storage warning" onClick={() => setDismissed(key)}>
        <Icon name="close" />
      </button>
    </div>
  );
}
