/**
 * What the user typed but is not (yet) in the document: an invalid number, JSON that does not
 * parse, a name that is taken. Drafts live outside the components so switching tabs or states and
 * coming back still shows them; each remembers the committed text it was typed over (`base`), so
 * an undo or an edit elsewhere that changes the field quietly retires it.
 */
import { useCallback, useSyncExternalStore } from 'react';

export interface Draft {
  text: string;
  /** The committed text when the user started typing. */
  base: string;
  /** Why the last commit was refused (a name collision...); parse errors are recomputed live. */
  error?: string;
}

const drafts = new Map<string, Draft>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Sets or (with null) forgets the draft of a field. */
export function setDraft(key: string, draft: Draft | null): void {
  if (draft === null) {
    if (!drafts.has(key)) return;
    drafts.delete(key);
  } else {
    drafts.set(key, draft);
  }
  for (const listener of listeners) listener();
}

/** The draft of a field if it was typed over the text the field holds now. */
export function useDraft(key: string, committed: string): [Draft | undefined, (draft: Draft | null) => void] {
  const draft = useSyncExternalStore(subscribe, () => drafts.get(key));
  const update = useCallback((next: Draft | null) => setDraft(key, next), [key]);
  return [draft && draft.base === committed ? draft : undefined, update];
}
