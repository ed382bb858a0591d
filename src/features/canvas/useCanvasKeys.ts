import { useEffect, type RefObject } from 'react';
import { isEditingText } from '../../app/focus';
import { useStudio } from '../../store';
import { deleteState, duplicateState, startRename } from './canvasActions';
import { moveStep } from './moveActions';
import type { WalkDirection } from './neighbours';
import { useGraphWalk } from './useGraphWalk';

const ARROWS = new Map<string, WalkDirection>([
  ['ArrowUp', 'up'],
  ['ArrowDown', 'down'],
  ['ArrowLeft', 'left'],
  ['ArrowRight', 'right'],
]);

/**
 * The canvas's keys, acting on the selected state while the canvas (or nothing in particular) has
 * the focus: Delete/Backspace deletes with rewiring, Ctrl+D duplicates, F2 renames, Shift+F10 or
 * the context-menu key opens the menu, Escape clears the selection; the arrow keys walk the graph
 * (Down to the next state, Up to the one before, Left/Right along the row) and Alt+ArrowUp /
 * Alt+ArrowDown move the selected state one step along its sequence.
 * Text fields and the code editor keep their own keys.
 */
export function useCanvasKeys(container: RefObject<HTMLElement | null>, openMenuFor: (name: string) => void): void {
  const { walk, revealMoved } = useGraphWalk(container);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isEditingText(event.target)) return;
      // The context menu has keys of its own.
      if (event.target instanceof Element && event.target.closest('[role="menu"]')) return;
      const target = event.target instanceof Node ? event.target : null;
      const inCanvas = target === document.body || (target !== null && (container.current?.contains(target) ?? false));
      if (!inCanvas) return;
      const selected = useStudio.getState().selected;
      const mod = event.ctrlKey || event.metaKey;
      const arrow = ARROWS.get(event.key);
      let handled = true;
      if (arrow !== undefined && !mod && !event.shiftKey) {
        if (!event.altKey) walk(arrow);
        // Alt+Left/Right are the browser's Back and Forward: leave them alone.
        else if (selected === null || arrow === 'left' || arrow === 'right') handled = false;
        else if (moveStep(selected, arrow)) revealMoved(selected);
      } else if (selected === null) handled = false;
      else if ((event.key === 'Delete' || event.key === 'Backspace') && !mod && !event.altKey) deleteState(selected);
      else if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'd') duplicateState(selected);
      else if (event.key === 'F2') startRename(selected);
      else if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) openMenuFor(selected);
      else if (event.key === 'Escape' && !mod) useStudio.getState().select(null, 'canvas');
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [container, openMenuFor, walk, revealMoved]);
}
