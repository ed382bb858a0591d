import type { StoreApi } from 'zustand';
import { isQuotaError, openStorage, type SavedWorkflow, type SavedWorkspace, type StorageBatch, type WorkspaceStorage } from './storageBackends';
import type { StudioState } from './types';
import type { RestoredWorkflow, StorageInfo } from './workspaceSlice';

/** Writes wait this long after the last change, so a typing burst is one write. */
export const AUTOSAVE_DELAY_MS = 250;
/** Texts up to this size are also copied to localStorage when the page goes away mid-wait. */
const BACKUP_LIMIT = 1_000_000;
const BACKUP_KEY = 'asl-studio:unsaved';
const VIEW_KEY = 'asl-studio:view';

type Store = Pick<StoreApi<StudioState>, 'getState' | 'subscribe'>;

export interface Autosave {
  /** Saves now (and again if something changes while saving). */
  flush(): Promise<void>;
  /** Saves after {@link AUTOSAVE_DELAY_MS} unless another change comes first. */
  schedule(): void;
  /** Calls `listener` after each successful write, with what was written. Returns the unsubscribe. */
  onWritten(listener: (batch: StorageBatch) => void): () => void;
  /** Records workflows another tab saved as already written here (no write back). */
  adopt(put: readonly { id: string; name: string; text: string }[], removed: readonly string[]): void;
  stop(): void;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function statusFor(error: unknown, backend: StorageInfo['backend']): StorageInfo {
  if (isQuotaError(error)) return { backend, status: 'full', message: 'Storage is full: recent changes are kept in this tab only. Export the workflow or free some space.' };
  return { backend, status: 'failed', message: `Autosave failed (${describe(error)}): recent changes are kept in this tab only.` };
}

/** The text of each workflow as it is now: the open one from the document, the others parked. */
function currentTexts(s: StudioState): Map<string, { name: string; text: string }> {
  const out = new Map<string, { name: string; text: string }>();
  for (const w of s.workflows) out.set(w.id, { name: w.name, text: w.id === s.activeId ? s.text : (s.parked[w.id]?.text ?? '') });
  return out;
}

function metaOf(s: StudioState): StorageBatch['meta'] {
  const selections: Record<string, string | null> = {};
  for (const w of s.workflows) selections[w.id] = w.id === s.activeId ? s.selected : (s.parked[w.id]?.selected ?? null);
  const types: Record<string, 'EXPRESS'> = {};
  for (const w of s.workflows) if (w.type === 'EXPRESS') types[w.id] = 'EXPRESS';
  return { activeId: s.activeId, order: s.workflows.map((w) => w.id), selections, types };
}

/**
 * Saves the workspace on every change: a short debounce, then only the workflows that changed.
 * A failed write (quota, private mode) shows a banner and leaves the change pending, so the next
 * change retries it; the open document is never touched by saving.
 */
export function startAutosave(store: Store, storage: WorkspaceStorage, delayMs = AUTOSAVE_DELAY_MS): Autosave {
  const written = new Map<string, { name: string; text: string }>();
  let writtenMeta = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const listeners = new Set<(batch: StorageBatch) => void>();

  const pending = (): StorageBatch | undefined => {
    const s = store.getState();
    const now = currentTexts(s);
    const put: SavedWorkflow[] = [];
    for (const [id, cur] of now) {
      const prev = written.get(id);
      if (!prev || prev.name !== cur.name || prev.text !== cur.text) put.push({ id, ...cur, updatedAt: Date.now() });
    }
    const remove = [...written.keys()].filter((id) => !now.has(id));
    const meta = metaOf(s);
    if (put.length === 0 && remove.length === 0 && JSON.stringify(meta) === writtenMeta) return undefined;
    return { put, remove, meta };
  };

  const writeOnce = async () => {
    const batch = pending();
    if (!batch) return;
    try {
      await storage.write(batch);
    } catch (error) {
      store.getState().setStorage(statusFor(error, storage.backend));
      return;
    }
    for (const w of batch.put) written.set(w.id, { name: w.name, text: w.text });
    for (const id of batch.remove) written.delete(id);
    writtenMeta = JSON.stringify(batch.meta);
    clearBackup();
    for (const listener of listeners) listener(batch);
    store.getState().setStorage({ backend: storage.backend, status: storage.backend === 'memory' ? 'unavailable' : 'saved', ...unavailableMessage(storage) });
  };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await writeOnce();
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  };

  const unsubscribe = store.subscribe((s, p) => {
    if (s.text !== p.text || s.workflows !== p.workflows || s.activeId !== p.activeId || s.selected !== p.selected) schedule();
  });

  // The page may go away inside the debounce: write now, and (IndexedDB writes begun while the page
  // unloads are not guaranteed to land) keep a synchronous copy of what is unsaved in localStorage.
  const onHide = () => {
    const batch = pending();
    if (!batch) return;
    if (storage.backend === 'indexeddb') writeBackup(batch);
    void flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
  }

  return {
    flush,
    schedule,
    onWritten: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    adopt: (put, removed) => {
      const activeId = store.getState().activeId;
      for (const w of put) if (w.id !== activeId) written.set(w.id, { name: w.name, text: w.text });
      // The open one too: deleted elsewhere but still open here, so the next save writes it back.
      for (const id of removed) written.delete(id);
    },
    stop: () => {
      clearTimeout(timer);
      unsubscribe();
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
      }
    },
  };
}

function unavailableMessage(storage: WorkspaceStorage): { message?: string } {
  return storage.backend === 'memory' ? { message: 'This browser does not allow saving here (private mode?): your workflows last as long as this tab. Export to keep a copy.' } : {};
}

function writeBackup(batch: StorageBatch): void {
  const size = batch.put.reduce((n, w) => n + w.text.length, 0);
  if (size > BACKUP_LIMIT) return;
  try {
    localStorage.setItem(BACKUP_KEY, JSON.stringify(batch));
  } catch {
    // Best effort only: the IndexedDB write is still under way.
  }
}

function readBackup(): StorageBatch | undefined {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(BACKUP_KEY);
    return raw ? (JSON.parse(raw) as StorageBatch) : undefined;
  } catch {
    return undefined;
  }
}

function clearBackup(): void {
  try {
    if (typeof localStorage !== 'undefined') localStorage.removeItem(BACKUP_KEY);
  } catch {
    /* nothing to clear */
  }
}

/** Lays a backup taken at page hide over what storage returned (it is newer where it exists). */
export function mergeBackup(saved: SavedWorkspace, backup: StorageBatch | undefined): SavedWorkspace {
  if (!backup) return saved;
  const byId = new Map(saved.workflows.map((w) => [w.id, w]));
  for (const w of backup.put) if ((byId.get(w.id)?.updatedAt ?? 0) <= w.updatedAt) byId.set(w.id, w);
  for (const id of backup.remove) byId.delete(id);
  return { workflows: [...byId.values()], meta: backup.meta };
}

/** The saved workflows in list order (any the order forgot go last, so none is ever hidden). */
export function orderedWorkflows(saved: SavedWorkspace): RestoredWorkflow[] {
  const order = saved.meta?.order ?? [];
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return [...saved.workflows]
    .sort((a, b) => rank(a.id) - rank(b.id) || a.updatedAt - b.updatedAt)
    .map((w) => ({
      id: w.id,
      name: w.name,
      text: w.text,
      selected: saved.meta?.selections?.[w.id] ?? null,
      ...(saved.meta?.types?.[w.id] === 'EXPRESS' ? { type: 'EXPRESS' as const } : {}),
    }));
}

/**
 * Opens storage, brings back the saved workspace (or names the first workflow `defaultName` on a
 * first visit) and starts autosave.
 */
export async function bootWorkspace(store: Store, defaultName: string, storage?: WorkspaceStorage): Promise<Autosave> {
  const backend = storage ?? (await openStorage());
  let saved: SavedWorkspace = { workflows: [], meta: undefined };
  let loadError: unknown;
  try {
    saved = await backend.load();
  } catch (error) {
    loadError = error;
  }
  saved = mergeBackup(saved, backend.backend === 'indexeddb' ? readBackup() : undefined);
  const workflows = orderedWorkflows(saved);
  const s = store.getState();
  if (workflows.length > 0) s.restoreWorkspace(workflows, saved.meta?.activeId ?? workflows[0].id);
  else s.renameWorkflow(s.activeId, defaultName);
  if (loadError) store.getState().setStorage({ backend: backend.backend, status: 'failed', message: `Could not read the saved workflows (${describe(loadError)}).` });
  else if (backend.backend === 'memory') store.getState().setStorage({ backend: 'memory', status: 'unavailable', ...unavailableMessage(backend) });
  const autosave = startAutosave(store, backend);
  autosave.schedule();
  return autosave;
}

/** The view settings kept across visits (never part of a workflow). */
export type ViewPrefs = Partial<Pick<StudioState, 'mode' | 'theme' | 'browserOpen' | 'inspectorOpen' | 'browserWidth' | 'inspectorWidth'>>;

const VIEW_FIELDS = ['mode', 'theme', 'browserOpen', 'inspectorOpen', 'browserWidth', 'inspectorWidth'] as const;

/** Reads the saved view settings (synchronously, so the first paint is already in the right theme). */
export function loadViewPrefs(): ViewPrefs {
  try {
    const raw = localStorage.getItem(VIEW_KEY);
    const value = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const prefs: Record<string, unknown> = {};
    if (value.mode === 'design' || value.mode === 'code' || value.mode === 'split') prefs.mode = value.mode;
    if (value.theme === 'light' || value.theme === 'dark') prefs.theme = value.theme;
    for (const key of ['browserOpen', 'inspectorOpen'] as const) if (typeof value[key] === 'boolean') prefs[key] = value[key];
    for (const key of ['browserWidth', 'inspectorWidth'] as const) if (typeof value[key] === 'number' && Number.isFinite(value[key])) prefs[key] = value[key];
    return prefs as ViewPrefs;
  } catch {
    return {};
  }
}

/** Saves the view settings whenever one changes. Returns the unsubscribe function. */
export function persistViewPrefs(store: Store): () => void {
  return store.subscribe((s, p) => {
    if (VIEW_FIELDS.every((key) => s[key] === p[key])) return;
    const prefs: Record<string, unknown> = {};
    for (const key of VIEW_FIELDS) prefs[key] = s[key];
    try {
      localStorage.setItem(VIEW_KEY, JSON.stringify(prefs));
    } catch {
      // View settings are a nicety: a full or missing storage must not disturb anything.
    }
  });
}
