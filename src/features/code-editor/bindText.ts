import type * as Monaco from 'monaco-editor/editor';
import type { TextEdit } from '../../asl/text';
import type { StudioState } from '../../store';
import type { EditorContext, Unbind } from './editorContext';
import { afterPaintOrDebounce } from './schedule';
import { diffText } from './textDiff';

/**
 * How long a burst of typing waits before it reaches the store. A keystroke after a pause goes
 * right after the next paint; within a burst, the latest text wins once the keys stop this long.
 */
export const TYPING_DEBOUNCE_MS = 60;

/**
 * Keeps the Monaco model and the store's text equal, both ways:
 * - typing goes to the store as `setText(text, 'editor')`: at once after a pause, debounced
 *   within a burst (latest wins);
 * - any other change of the store's text (a command, undo, opening a sample) comes back as the
 *   smallest edits, applied with `executeEdits` between undo stops so the cursor, the scroll
 *   position and Monaco's own undo survive.
 */
export function bindText(ctx: EditorContext): Unbind {
  const { editor, model, store } = ctx;
  let label = 'Edit text';
  // True during our own setText: the store calls its subscribers synchronously, and the change
  // it reports then is the editor's own text coming back (an echo to ignore).
  let sending = false;
  const send = afterPaintOrDebounce(() => {
    ctx.pending = false;
    sending = true;
    try {
      store.getState().setText(model.getValue(), 'editor', label);
    } finally {
      sending = false;
    }
  }, TYPING_DEBOUNCE_MS);

  const typing = model.onDidChangeContent((event) => {
    if (ctx.applying) return;
    // Monaco's undo inside the editor is still a change of the document: the store records it as
    // its own step, so the toolbar's undo can take it back too.
    label = event.isUndoing ? 'Undo in editor' : event.isRedoing ? 'Redo in editor' : 'Edit text';
    ctx.pending = true;
    send.schedule();
  });
  // Clicking on the canvas or the inspector blurs the editor first: hand over what was typed
  // before any command runs on a text that lacks it.
  const blur = editor.onDidBlurEditorText(() => send.flush());

  const unsubscribe = store.subscribe((state, prev) => {
    // Anything but our own echo is applied, whatever its origin says: a test or a second editor
    // may also call setText with origin 'editor'.
    if (sending || state.revision === prev.revision) return;
    // The store changed under unsent typing (rare: a command fired within the debounce window
    // without a blur). The store's text is what the rest of the app now shows, so it wins.
    send.cancel();
    ctx.pending = false;
    if (state.lastChange.origin === 'load') replaceModel(ctx, state.text);
    else applyStoreText(ctx, state, prev.text);
  });

  // The model outlives the editor (Monaco's undo survives a switch to Design and back), so the
  // store may have moved on while no editor was mounted.
  const { text, lastChange } = store.getState();
  if (lastChange.origin === 'load') replaceModel(ctx, text);
  else syncModel(ctx, text);

  return () => {
    send.flush();
    typing.dispose();
    blur.dispose();
    unsubscribe();
  };
}

/** Brings the model to `state.text`, using the store's own minimal edits when they apply. */
function applyStoreText(ctx: EditorContext, state: StudioState, previousText: string): void {
  const current = ctx.model.getValue();
  const edits = current === previousText ? (state.lastChange.edits ?? single(diffText(current, state.text))) : single(diffText(current, state.text));
  applyEdits(ctx, edits);
  // Belt and braces: never leave the editor showing a text the store does not hold.
  if (ctx.model.getValue() !== state.text) syncModel(ctx, state.text);
}

/**
 * Another document was opened (a workflow switch, a restore): start the model afresh, so Monaco's
 * undo cannot reach back into the previous workflow's text.
 */
function replaceModel(ctx: EditorContext, text: string): void {
  if (ctx.model.getValue() === text) return;
  ctx.applying = true;
  try {
    ctx.model.setValue(text);
  } finally {
    ctx.applying = false;
  }
}

/** Makes the model hold `text`, changing only the span that differs. */
export function syncModel(ctx: EditorContext, text: string): void {
  applyEdits(ctx, single(diffText(ctx.model.getValue(), text)));
}

function single(edit: TextEdit | null): TextEdit[] {
  return edit ? [edit] : [];
}

function applyEdits(ctx: EditorContext, edits: readonly TextEdit[]): void {
  if (edits.length === 0) return;
  const { editor, model } = ctx;
  // Offsets refer to the text before the change: convert them all before applying any.
  const operations: Monaco.editor.IIdentifiedSingleEditOperation[] = edits.map((edit) => {
    const start = model.getPositionAt(edit.offset);
    const end = model.getPositionAt(edit.offset + edit.length);
    return {
      range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column },
      text: edit.text,
      forceMoveMarkers: false,
    };
  });
  ctx.applying = true;
  try {
    editor.pushUndoStop();
    editor.executeEdits('asl-studio', operations);
    editor.pushUndoStop();
  } finally {
    ctx.applying = false;
  }
}
