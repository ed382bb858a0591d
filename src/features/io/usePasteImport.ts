import { useEffect } from 'react';
import { isEditingText } from '../../app/focus';
import { useStudio } from '../../store';
import { looksLikeAsl } from './looksLikeAsl';
import { openAsNewWorkflow } from './openWorkflow';

/**
 * Ctrl+V of a state machine's text anywhere but in a text field or the code editor opens it as a
 * new workflow (never over the open one: Undo could not bring a whole workflow back cleanly).
 */
export function usePasteImport(): void {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || isEditingText(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!text.trim()) return;
      event.preventDefault();
      if (!looksLikeAsl(text)) {
        useStudio.getState().notify('info', 'The clipboard does not hold a state machine (no States or StartAt), so nothing was opened.');
        return;
      }
      void openAsNewWorkflow(text, 'Pasted workflow', 'paste');
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, []);
}
