import type { DragEvent } from 'react';
import type { InsertAt } from '../../asl/ops';
import { useCanvasDrag } from './dragStore';
import { isCanvasDrag, performDrop } from './performDrop';
import { STATE_MOVE_MIME } from '../../catalog';

/**
 * The drag handlers and hover state of one drop zone. Only the zone's hit area takes pointer
 * events (its drawing does not), so moving over its parts never flickers the highlight.
 */
export function useDropZone(id: string, at: InsertAt) {
  const hovered = useCanvasDrag((s) => s.hovered === id);
  const accept = (event: DragEvent) => {
    if (!isCanvasDrag(event.dataTransfer)) return false;
    event.preventDefault();
    event.stopPropagation();
    return true;
  };
  const handlers = {
    onDragEnter: (event: DragEvent) => {
      if (accept(event)) useCanvasDrag.getState().hover(id);
    },
    onDragOver: (event: DragEvent) => {
      if (!accept(event)) return;
      event.dataTransfer.dropEffect = event.dataTransfer.types.includes(STATE_MOVE_MIME) ? 'move' : 'copy';
      useCanvasDrag.getState().hover(id);
    },
    onDragLeave: () => {
      if (useCanvasDrag.getState().hovered === id) useCanvasDrag.getState().hover(null);
    },
    onDrop: (event: DragEvent) => {
      if (!accept(event)) return;
      const data = event.dataTransfer;
      useCanvasDrag.getState().end();
      performDrop(data, at);
    },
  };
  return { hovered, handlers };
}
