import { useEffect } from 'react';
import { useStudio } from '../../store';
import { openAsNewWorkflow } from './openWorkflow';

/** Forgets the hash without a new history entry, so Back does not reopen the link. */
function clearHash(): void {
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

async function openFromHash(): Promise<void> {
  if (!window.location.hash.startsWith('#share=')) return;
  const { readShareHash } = await import('./share');
  const shared = readShareHash(window.location.hash);
  clearHash();
  if (shared.kind === 'ok') await openAsNewWorkflow(shared.text, shared.name, 'share');
  else if (shared.kind === 'broken') useStudio.getState().notify('error', `This share link cannot be opened: ${shared.reason}. Your current workflow is unchanged.`);
}

/**
 * Opens a share link (`#share=...`) on start-up and whenever the hash changes, always as a new
 * workflow so nothing open is overwritten; then clears the hash so a reload does not open it twice.
 */
export function useShareLinks(): void {
  useEffect(() => {
    void openFromHash();
    const onHashChange = () => void openFromHash();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}
