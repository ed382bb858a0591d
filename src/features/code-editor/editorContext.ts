import type * as Monaco from 'monaco-editor/editor';
import type { useStudio } from '../../store';

/** The store the editor binds to (the app's, or a test's own). */
export type StudioStore = typeof useStudio;

/** Everything the editor bindings share for one mounted editor. */
export interface EditorContext {
  editor: Monaco.editor.IStandaloneCodeEditor;
  model: Monaco.editor.ITextModel;
  store: StudioStore;
  /** True while the editor applies a change that came from the store, so it is not echoed back. */
  applying: boolean;
  /** True while typed text waits for the debounce before it reaches the store. */
  pending: boolean;
}

/** What every binding returns: undo what it set up. */
export type Unbind = () => void;
