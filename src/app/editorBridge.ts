import { useStudio } from '../store';

/** What the lazily loaded code editor offers the rest of the app, once it is mounted. */
export interface EditorHandle {
  /** The editor's own text (its model), which can run a keystroke ahead of the store's. */
  getText(): string;
  /** Puts the cursor at a text offset, scrolls it into view and focuses the editor. */
  revealOffset(offset: number): void;
}

let handle: EditorHandle | null = null;
let pendingOffset: number | null = null;

/**
 * Called by the code editor when it mounts; returns the unregister function. A jump asked for
 * while the editor was still loading is delivered now.
 */
export function registerEditor(editor: EditorHandle): () => void {
  handle = editor;
  if (pendingOffset !== null) {
    editor.revealOffset(pendingOffset);
    pendingOffset = null;
  }
  return () => {
    if (handle === editor) handle = null;
  };
}

/** The code editor's text, or undefined while no editor is mounted. */
export function editorText(): string | undefined {
  return handle?.getText();
}

/**
 * Shows a place in the text: opens the editor beside the canvas when only the canvas is shown,
 * then moves the cursor there (used by the syntax-error banner).
 */
export function jumpToText(offset: number): void {
  const { mode, setMode } = useStudio.getState();
  if (mode === 'design') setMode('split');
  if (handle) handle.revealOffset(offset);
  else pendingOffset = offset;
}
