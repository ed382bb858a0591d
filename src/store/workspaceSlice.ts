import type { StateCreator } from 'zustand';
import { HISTORY_LIMIT, type HistoryEntry } from './historySlice';
import type { WorkflowType } from './inspectorSlice';
import type { StudioState } from './types';

/** A workflow of the workspace, as the workflows menu lists it. */
export interface WorkflowMeta {
  id: string;
  name: string;
  /** Chosen when the state machine is created, not written in its ASL: kept per workflow (absent: STANDARD). */
  type?: WorkflowType;
}

/** A workflow that is not open: its text, selection and undo history wait here until it is. */
export interface ParkedWorkflow {
  text: string;
  selected: string | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

/** A workflow as storage returns it. */
export interface RestoredWorkflow extends WorkflowMeta {
  text: string;
  selected: string | null;
}

/** Where autosave writes, and how the last write went (a banner shows anything but `saved`). */
export interface StorageInfo {
  backend: 'indexeddb' | 'localstorage' | 'memory';
  status: 'pending' | 'saved' | 'full' | 'unavailable' | 'failed';
  message?: string;
}

/** What a new workflow starts as: one Pass state, valid and ready to grow. */
export const BLANK_WORKFLOW = `{
  "Comment": "A description of my state machine",
  "StartAt": "Pass",
  "States": {
    "Pass": {
      "Type": "Pass",
      "End": true
    }
  }
}
`;

/**
 * Several workflows, one open at a time. The open one lives in the document slice (its text is
 * the source of truth); the others are parked here with their own text, selection and history.
 */
export interface WorkspaceSlice {
  workflows: WorkflowMeta[];
  activeId: string;
  parked: Record<string, ParkedWorkflow>;
  storage: StorageInfo;
  /** The samples gallery dialog is open. */
  galleryOpen: boolean;
  setGalleryOpen(open: boolean): void;
  /** Opens a new workflow (blank unless `text` is given) after the open one; returns its id. */
  createWorkflow(init?: { name?: string; text?: string; after?: string; type?: WorkflowType }): string;
  renameWorkflow(id: string, name: string): void;
  /** Copies a workflow's current text under "<name> (copy)" and opens the copy; returns its id. */
  duplicateWorkflow(id: string): string;
  /** Removes a workflow; deleting the open one opens its neighbour (or a blank one if it was the last). */
  deleteWorkflow(id: string): void;
  switchWorkflow(id: string): void;
  /** Replaces the whole workspace with what storage held (on start-up). */
  restoreWorkspace(workflows: RestoredWorkflow[], activeId: string): void;
  setStorage(storage: StorageInfo): void;
  /**
   * Takes in what another tab saved: workflows not open here take the saved text (new ones join
   * the list, deleted ones leave it). The open one is left alone; the result says whether the
   * other tab changed or deleted it, so the caller can warn.
   */
  receiveSaved(put: readonly { id: string; name: string; text: string }[], removed: readonly string[]): { open?: 'changed' | 'deleted' };
}

let counter = 0;
function newId(): string {
  counter += 1;
  return `wf-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** `base`, or `base 2`, `base 3`... whichever no workflow is called yet. */
export function uniqueWorkflowName(base: string, taken: readonly string[]): string {
  const name = base.trim() || 'Untitled workflow';
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n += 1) if (!taken.includes(`${name} ${n}`)) return `${name} ${n}`;
}

export const createWorkspaceSlice: StateCreator<StudioState, [], [], WorkspaceSlice> = (set, get) => {
  /** The open workflow as a parked one, to put aside before another opens. */
  const parkActive = (): Record<string, ParkedWorkflow> => {
    const s = get();
    return { ...s.parked, [s.activeId]: { text: s.text, selected: s.selected, past: s.past, future: s.future } };
  };
  /** Makes a parked workflow the open one. */
  const open = (id: string, parked: Record<string, ParkedWorkflow>, workflows: WorkflowMeta[]) => {
    const { [id]: next, ...rest } = parked;
    const workflowType = workflows.find((w) => w.id === id)?.type ?? 'STANDARD';
    set({ workflows, activeId: id, parked: rest, past: next.past, future: next.future, lastTypingAt: 0, workflowType });
    get().setText(next.text, 'load');
    get().select(next.selected);
  };
  const initialId = newId();

  return {
    workflows: [{ id: initialId, name: 'Untitled workflow' }],
    activeId: initialId,
    parked: {},
    storage: { backend: 'memory', status: 'pending' },
    galleryOpen: false,
    setGalleryOpen: (galleryOpen) => set({ galleryOpen }),

    createWorkflow: (init = {}) => {
      const s = get();
      const id = newId();
      const name = uniqueWorkflowName(init.name ?? 'Untitled workflow', s.workflows.map((w) => w.name));
      const at = s.workflows.findIndex((w) => w.id === (init.after ?? s.activeId));
      const workflows = [...s.workflows];
      workflows.splice(at < 0 ? workflows.length : at + 1, 0, init.type === 'EXPRESS' ? { id, name, type: 'EXPRESS' } : { id, name });
      const parked = { ...parkActive(), [id]: { text: init.text ?? BLANK_WORKFLOW, selected: null, past: [], future: [] } };
      open(id, parked, workflows);
      return id;
    },

    renameWorkflow: (id, name) => {
      const s = get();
      const trimmed = name.trim();
      const current = s.workflows.find((w) => w.id === id);
      if (!current || !trimmed || trimmed === current.name) return;
      set({ workflows: s.workflows.map((w) => (w.id === id ? { ...w, name: trimmed } : w)) });
    },

    duplicateWorkflow: (id) => {
      const s = get();
      const source = s.workflows.find((w) => w.id === id);
      if (!source) return s.activeId;
      const text = id === s.activeId ? s.text : s.parked[id].text;
      return get().createWorkflow({ name: `${source.name} (copy)`, text, after: id, type: source.type });
    },

    deleteWorkflow: (id) => {
      const s = get();
      const index = s.workflows.findIndex((w) => w.id === id);
      if (index < 0) return;
      if (id !== s.activeId) {
        const { [id]: _gone, ...parked } = s.parked;
        set({ workflows: s.workflows.filter((w) => w.id !== id), parked });
        return;
      }
      if (s.workflows.length === 1) get().createWorkflow();
      else get().switchWorkflow(s.workflows[index + 1]?.id ?? s.workflows[index - 1].id);
      const after = get();
      const { [id]: _gone, ...parked } = after.parked;
      set({ workflows: after.workflows.filter((w) => w.id !== id), parked });
    },

    switchWorkflow: (id) => {
      const s = get();
      if (id === s.activeId || !s.parked[id]) return;
      open(id, parkActive(), s.workflows);
    },

    restoreWorkspace: (restored, activeId) => {
      if (restored.length === 0) return;
      const active = restored.find((w) => w.id === activeId) ?? restored[0];
      const parked: Record<string, ParkedWorkflow> = {};
      for (const w of restored) parked[w.id] = { text: w.text, selected: w.selected, past: [], future: [] };
      open(active.id, parked, restored.map(({ id, name, type }) => (type === 'EXPRESS' ? { id, name, type } : { id, name })));
    },

    receiveSaved: (put, removed) => {
      const s = get();
      let open: 'changed' | 'deleted' | undefined;
      const parked = { ...s.parked };
      let workflows = [...s.workflows];
      for (const w of put) {
        if (w.id === s.activeId) {
          if (w.text !== s.text) open = 'changed';
          continue;
        }
        const known = workflows.findIndex((m) => m.id === w.id);
        if (known < 0) workflows.push({ id: w.id, name: w.name });
        else if (workflows[known].name !== w.name) workflows[known] = { ...workflows[known], name: w.name };
        const before = parked[w.id];
        if (!before) parked[w.id] = { text: w.text, selected: null, past: [], future: [] };
        else if (before.text !== w.text) {
          // One undo step back to this tab's own last version, as if the other tab's save were an edit here.
          const past = [...before.past, { text: before.text, label: 'Change from another tab' }].slice(-HISTORY_LIMIT);
          parked[w.id] = { ...before, text: w.text, past, future: [] };
        }
      }
      for (const id of removed) {
        if (id === s.activeId) {
          open = 'deleted';
          continue;
        }
        delete parked[id];
        workflows = workflows.filter((w) => w.id !== id);
      }
      set({ parked, workflows });
      return open ? { open } : {};
    },

    setStorage: (storage) => {
      const current = get().storage;
      if (current.backend === storage.backend && current.status === storage.status && current.message === storage.message) return;
      set({ storage });
    },
  };
};
