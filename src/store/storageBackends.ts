/**
 * Where the workspace is saved: IndexedDB where the browser allows it (no 5 MB cap, writes off the
 * main thread), else localStorage, else nowhere (private modes that refuse both): the studio then
 * keeps working in memory and says so.
 */

/** One workflow as stored: its text exactly as typed, valid or not. */
export interface SavedWorkflow {
  id: string;
  name: string;
  text: string;
  updatedAt: number;
}

/** Which workflow is open, the order of the list, and each workflow's selected state. */
export interface WorkspaceMetaRecord {
  activeId: string;
  order: string[];
  selections: Record<string, string | null>;
  /** Workflow id -> EXPRESS, for the workflows that are (absent: STANDARD; older saves have none). */
  types?: Record<string, 'EXPRESS'>;
}

export interface SavedWorkspace {
  meta: WorkspaceMetaRecord | undefined;
  workflows: SavedWorkflow[];
}

/** One write: workflows to put, ids to remove, and the meta record. */
export interface StorageBatch {
  put: SavedWorkflow[];
  remove: string[];
  meta: WorkspaceMetaRecord;
}

export interface WorkspaceStorage {
  readonly backend: 'indexeddb' | 'localstorage' | 'memory';
  load(): Promise<SavedWorkspace>;
  write(batch: StorageBatch): Promise<void>;
}

const DB_NAME = 'asl-studio';
const DB_VERSION = 1;
const WORKFLOWS = 'workflows';
const META = 'meta';
const META_KEY = 'workspace';
const LS_PREFIX = 'asl-studio:workflow:';
const LS_META = 'asl-studio:workspace';

/** True for "the disk/quota is full", whichever way the browser spells it. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) return false;
  const e = error as { name?: string; code?: number };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new DOMException('The save was aborted', 'AbortError'));
  });
}

function openDatabase(timeoutMs: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('IndexedDB did not open in time')), timeoutMs);
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (error) {
      clearTimeout(timer);
      reject(error);
      return;
    }
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(WORKFLOWS)) db.createObjectStore(WORKFLOWS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    };
    req.onsuccess = () => {
      clearTimeout(timer);
      resolve(req.result);
    };
    req.onerror = () => {
      clearTimeout(timer);
      reject(req.error ?? new Error('IndexedDB did not open'));
    };
  });
}

function idbStorage(db: IDBDatabase): WorkspaceStorage {
  return {
    backend: 'indexeddb',
    async load() {
      const tx = db.transaction([WORKFLOWS, META], 'readonly');
      const [workflows, meta] = await Promise.all([
        request(tx.objectStore(WORKFLOWS).getAll() as IDBRequest<SavedWorkflow[]>),
        request(tx.objectStore(META).get(META_KEY) as IDBRequest<WorkspaceMetaRecord | undefined>),
      ]);
      return { workflows, meta };
    },
    async write(batch) {
      const tx = db.transaction([WORKFLOWS, META], 'readwrite');
      const finished = done(tx);
      try {
        const store = tx.objectStore(WORKFLOWS);
        for (const w of batch.put) store.put(w);
        for (const id of batch.remove) store.delete(id);
        tx.objectStore(META).put(batch.meta, META_KEY);
        tx.commit?.();
      } catch (error) {
        // A put can throw at once (a stubbed or broken store): abort so nothing half-written lands.
        finished.catch(() => undefined);
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
        throw error;
      }
      await finished;
    },
  };
}

function localStorageStorage(): WorkspaceStorage {
  return {
    backend: 'localstorage',
    async load() {
      const raw = localStorage.getItem(LS_META);
      const meta = raw ? (JSON.parse(raw) as WorkspaceMetaRecord) : undefined;
      const workflows: SavedWorkflow[] = [];
      for (let i = 0; i < localStorage.length; i += 1) {
        const key = localStorage.key(i);
        if (!key?.startsWith(LS_PREFIX)) continue;
        const item = localStorage.getItem(key);
        if (item) workflows.push(JSON.parse(item) as SavedWorkflow);
      }
      return { workflows, meta };
    },
    async write(batch) {
      for (const w of batch.put) localStorage.setItem(LS_PREFIX + w.id, JSON.stringify(w));
      for (const id of batch.remove) localStorage.removeItem(LS_PREFIX + id);
      localStorage.setItem(LS_META, JSON.stringify(batch.meta));
    },
  };
}

/** Keeps nothing: the workspace lives as long as the tab. */
export function memoryStorage(): WorkspaceStorage {
  return { backend: 'memory', load: async () => ({ workflows: [], meta: undefined }), write: async () => undefined };
}

function localStorageWorks(): boolean {
  try {
    if (typeof localStorage === 'undefined') return false;
    localStorage.getItem(LS_META);
    return true;
  } catch {
    return false;
  }
}

/** Opens the best storage this browser allows: IndexedDB, else localStorage, else memory. */
export async function openStorage(timeoutMs = 3000): Promise<WorkspaceStorage> {
  if (typeof indexedDB !== 'undefined') {
    try {
      return idbStorage(await openDatabase(timeoutMs));
    } catch {
      // Private modes and locked-down profiles refuse IndexedDB: fall through.
    }
  }
  return localStorageWorks() ? localStorageStorage() : memoryStorage();
}
