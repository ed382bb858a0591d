import { useEffect } from 'react';
import { CATALOG_ITEM_MIME, STATE_MOVE_MIME } from '../../catalog';
import { useCanvasDrag } from './dragStore';

/**
 * Shows the drop zones for as long as a drag that carries a state (from the states browser or the
 * canvas itself) is under way, wherever it started: listening on the document means the browser
 * panel needs no knowledge of the canvas. Drags of anything else (files, text) are ignored.
 */
export function useDragTracking(): void {
  useEffect(() => {
    const { begin, end } = useCanvasDrag.getState();
    const onStart = (event: DragEvent) => {
      const types = event.dataTransfer?.types ?? [];
      if (types.includes(STATE_MOVE_MIME)) begin({ kind: 'state', name: event.dataTransfer?.getData(STATE_MOVE_MIME) ?? '' });
      else if (types.includes(CATALOG_ITEM_MIME)) begin({ kind: 'item' });
    };
    const onEnd = () => end();
    document.addEventListener('dragstart', onStart);
    document.addEventListener('dragend', onEnd);
    document.addEventListener('drop', onEnd);
    return () => {
      document.removeEventListener('dragstart', onStart);
      document.removeEventListener('dragend', onEnd);
      document.removeEventListener('drop', onEnd);
    };
  }, []);
}
