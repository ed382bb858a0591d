import { useEffect } from 'react';
import { useStudio } from '../store';
import { isEditingText } from './focus';
import { saveNow } from './useWorkspaceBoot';

/**
 * The studio's own shortcuts: undo (Ctrl+Z), redo (Ctrl+Shift+Z, Ctrl+Y) and save (Ctrl+S). In a
 * text field or the code editor their native undo and keys win.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        // Everything is saved already; say so instead of the browser's "save page" dialog.
        event.preventDefault();
        void saveNow().then(() => {
          const { storage, notify } = useStudio.getState();
          if (storage.status === 'saved') notify('success', 'All changes are saved in this browser.');
        });
        return;
      }
      if (isEditingText(event.target)) return;
      if (key === 'z' || key === 'y') {
        event.preventDefault();
        const state = useStudio.getState();
        if (key === 'y' || event.shiftKey) state.redo();
        else state.undo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
