import type { StateCreator } from 'zustand';
import type { ChangeOrigin } from './documentSlice';
import type { StudioState } from './types';

/** One undo step: the text before a change, and what the change was. */
export interface HistoryEntry {
  text: string;
  label: string;
}

/** Typing within this many milliseconds of the last keystroke joins the same undo step. */
export const TYPING_BURST_MS = 1000;
/** Undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

/**
 * One undo/redo history over every edit, whichever panel made it. Entries are text snapshots:
 * the text is the document, so restoring it restores everything derived from it.
 */
export interface HistorySlice {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** When the last editor keystroke was recorded (for typing bursts). */
  lastTypingAt: number;
  recordHistory(previousText: string, origin: ChangeOrigin, label: string): void;
  undo(): void;
  redo(): void;
  /** Forgets every step (opening another workflow). */
  clearHistory(): void;
}

export const createHistorySlice: StateCreator<StudioState, [], [], HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  lastTypingAt: 0,
  recordHistory: (previousText, origin, label) => {
    if (origin === 'history' || origin === 'load') return;
    const { past, lastTypingAt } = get();
    const now = Date.now();
    const last = past[past.length - 1];
    if (origin === 'editor' && last?.label === label && now - lastTypingAt < TYPING_BURST_MS) {
      set({ lastTypingAt: now, future: [] });
      return;
    }
    const next = [...past, { text: previousText, label }];
    set({ past: next.length > HISTORY_LIMIT ? next.slice(-HISTORY_LIMIT) : next, future: [], lastTypingAt: origin === 'editor' ? now : 0 });
  },
  undo: () => {
    const { past, future, text } = get();
    const entry = past[past.length - 1];
    if (!entry) return;
    set({ past: past.slice(0, -1), future: [...future, { text, label: entry.label }], lastTypingAt: 0 });
    get().setText(entry.text, 'history');
  },
  redo: () => {
    const { past, future, text } = get();
    const entry = future[future.length - 1];
    if (!entry) return;
    set({ future: future.slice(0, -1), past: [...past, { text, label: entry.label }], lastTypingAt: 0 });
    get().setText(entry.text, 'history');
  },
  clearHistory: () => set({ past: [], future: [], lastTypingAt: 0 }),
});
