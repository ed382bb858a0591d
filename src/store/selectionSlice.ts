import type { StateCreator } from 'zustand';
import type { StudioState } from './types';

/** Where a selection came from: the editor does not reveal what its own cursor selected. */
export type SelectionOrigin = 'canvas' | 'editor' | 'inspector' | 'api';

/** The selected state (by name: names are unique machine-wide), or the machine itself when null. */
export interface SelectionSlice {
  selected: string | null;
  selectionOrigin: SelectionOrigin;
  select(name: string | null, origin?: SelectionOrigin): void;
}

export const createSelectionSlice: StateCreator<StudioState, [], [], SelectionSlice> = (set, get) => ({
  selected: null,
  selectionOrigin: 'api',
  select: (name, origin = 'api') => {
    if (get().selected === name && get().selectionOrigin === origin) return;
    set({ selected: name, selectionOrigin: origin });
  },
});
