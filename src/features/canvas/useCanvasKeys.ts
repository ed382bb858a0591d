import { useEffect, type RefObject } from 'react';
import { isEditingText } from '../../app/focus';
import { useStudio } from '../../store';
import { deleteState, duplicateState, startRename } from './canvasActions';

/**
 * The canvas's keys, acting on the selected state while the canvas (or nothing in particular) has
 * the focus: Delete/Backspace deletes with rewiring, Ctrl+D duplicates, F2 renames, Shift+F10 or
 * the context-menu key opens the menu,
 * Escape clears the selection. Text fields and the code editor keep their own keys.
 */
export function useCanvasKeys(container: RefObject<HTMLElement | null>, openMenuFor: (name: string) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isEditingText(event.target)) return;
      // The context menu has keys of its own.
      if (event.target instanceof Element && event.target.closest('[role="menu"]')) return;
      const target = event.target instanceof Node ? event.target : null;
      const inCanvas = target === document.body || (target !== null && (container.current?.contains(target) ?? false));
      const selected = useStudio.getState().selected;
      if (!inCanvas || selected === null) return;
      const mod = event.ctrlKey || event.metaKey;
      let handled = true;
      if ((event.key === 'Delete' || event.key === 'Backspace') && !mod && !event.altKey) deleteState(selected);
      else if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'd') duplicateState(selected);
      else if (event.key === 'F2') startRename(selected);
      else if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) openMenuFor(selected);
      else if (event.key === 'Escape' && !mod) useStudio.getState().select(null, 'canvas');
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [container, openMenuFor]);
}
