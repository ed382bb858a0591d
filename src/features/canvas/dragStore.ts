import { create } from 'zustand';

/** What is being dragged over the canvas: a states-browser item, or a state being moved. */
export type CanvasDrag = { kind: 'item' } | { kind: 'state'; name: string };

interface DragState {
  drag: CanvasDrag | null;
  /** The drop zone under the pointer (highlighted). */
  hovered: string | null;
  begin(drag: CanvasDrag): void;
  end(): void;
  hover(id: string | null): void;
}

/**
 * The canvas's own drag state. Not part of the studio store: it lives for the length of a gesture,
 * is never saved and never undone, and only the canvas draws it.
 */
export const useCanvasDrag = create<DragState>()((set, get) => ({
  drag: null,
  hovered: null,
  begin: (drag) => set({ drag, hovered: null }),
  end: () => {
    if (get().drag !== null || get().hovered !== null) set({ drag: null, hovered: null });
  },
  hover: (id) => {
    if (get().hovered !== id) set({ hovered: id });
  },
}));
