/**
 * Several tabs on one workspace: each tab tells the others what it saved (BroadcastChannel), so a
 * workflow edited in one tab is current in the others when they switch to it, instead of the last
 * tab to save silently winning. The workflow open in both is never replaced under the user's
 * cursor: this tab keeps its version and says so.
 */
import type { StoreApi } from 'zustand';
import type { Autosave } from './persistence';
import type { StudioState } from './types';

const CHANNEL = 'asl-studio:workspace';

interface SavedMessage {
  put: { id: string; name: string; text: string }[];
  remove: string[];
}

function isSavedMessage(value: unknown): value is SavedMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { put, remove } = value as Partial<SavedMessage>;
  return (
    Array.isArray(put) &&
    put.every((w) => typeof w?.id === 'string' && typeof w.name === 'string' && typeof w.text === 'string') &&
    Array.isArray(remove) &&
    remove.every((id) => typeof id === 'string')
  );
}

/** Starts telling other tabs what this one saves, and taking in what they save. Returns the stop function. */
export function startTabSync(store: Pick<StoreApi<StudioState>, 'getState'>, autosave: Autosave, channelName = CHANNEL): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(channelName);
  const stopListening = autosave.onWritten(({ put, remove }) => {
    channel.postMessage({ put: put.map(({ id, name, text }) => ({ id, name, text })), remove } satisfies SavedMessage);
  });
  /** Workflows warned about already: a second tab typing in the same one would otherwise warn on every save. */
  const warned = new Set<string>();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isSavedMessage(event.data)) return;
    const { put, remove } = event.data;
    const { open } = store.getState().receiveSaved(put, remove);
    autosave.adopt(put, remove);
    const s = store.getState();
    if (!open || warned.has(s.activeId)) return;
    warned.add(s.activeId);
    const name = s.workflows.find((w) => w.id === s.activeId)?.name ?? 'This workflow';
    s.notify(
      'warning',
      open === 'deleted'
        ? `“${name}” was deleted in another tab. This tab keeps it, and its next save brings it back.`
        : `“${name}” was also changed in another tab. This tab keeps its own version, and its next save replaces the other one.`,
    );
  };
  return () => {
    stopListening();
    channel.close();
  };
}
