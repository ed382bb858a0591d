import type { StateCreator } from 'zustand';
import type { StudioState } from './types';

export type ViewMode = 'design' | 'code' | 'split';
export type Theme = 'light' | 'dark';

/** A message shown to the user for a moment (a refused edit, a saved file, a broken share link). */
export interface Notice {
  id: number;
  kind: 'info' | 'success' | 'warning' | 'error';
  message: string;
}

/** How the studio is laid out. Never part of the document or its undo history. */
export interface ViewSlice {
  mode: ViewMode;
  theme: Theme;
  browserOpen: boolean;
  inspectorOpen: boolean;
  browserWidth: number;
  inspectorWidth: number;
  notices: Notice[];
  setMode(mode: ViewMode): void;
  setTheme(theme: Theme): void;
  togglePanel(panel: 'browser' | 'inspector'): void;
  setPanelWidth(panel: 'browser' | 'inspector', width: number): void;
  notify(kind: Notice['kind'], message: string): void;
  dismiss(id: number): void;
}

let nextNoticeId = 1;

export const createViewSlice: StateCreator<StudioState, [], [], ViewSlice> = (set, get) => ({
  mode: 'design',
  theme: 'light',
  browserOpen: true,
  inspectorOpen: true,
  browserWidth: 260,
  inspectorWidth: 360,
  notices: [],
  setMode: (mode) => set({ mode }),
  setTheme: (theme) => set({ theme }),
  togglePanel: (panel) => (panel === 'browser' ? set({ browserOpen: !get().browserOpen }) : set({ inspectorOpen: !get().inspectorOpen })),
  setPanelWidth: (panel, width) => {
    const clamped = Math.round(Math.min(640, Math.max(180, width)));
    set(panel === 'browser' ? { browserWidth: clamped } : { inspectorWidth: clamped });
  },
  notify: (kind, message) => set({ notices: [...get().notices.slice(-4), { id: nextNoticeId++, kind, message }] }),
  dismiss: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
});
