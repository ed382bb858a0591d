import { documentDiagnostics } from '../../app/diagnostics/documentDiagnostics';
import type { DiagnosticsSource } from '../../app/diagnostics/diagnosticsSource';
import { monaco } from './monacoSetup';
import type { EditorContext, Unbind } from './editorContext';
import { debounce, whenIdle } from './schedule';
import { toMarkers } from './toMarkers';

/** Markers trail the graph a little: the graph is what a keystroke must update first. */
const MARKERS_DELAY_MS = 120;
const OWNER = 'asl';

/**
 * Shows the parser's syntax errors, or else the validator's schema and semantic findings, as
 * Monaco markers (squiggles, hover messages, F8 to walk them). The findings come from the
 * document's one diagnostics source: the editor never validates on its own.
 */
export function bindMarkers(ctx: EditorContext, diagnostics: DiagnosticsSource = documentDiagnostics()): Unbind {
  const { model, store } = ctx;
  let cancelIdle = () => {};
  const mark = () => {
    const { diagnostics: found, parse } = diagnostics.getSnapshot();
    // Ranges are offsets into the store's text: wait while the model is ahead of it, or while the
    // findings are still those of an older text (the new ones are on their way).
    if (ctx.pending || model.getValueLength() !== store.getState().text.length || !diagnostics.isCurrent()) return;
    monaco.editor.setModelMarkers(model, OWNER, toMarkers(found, model, parse.sourceMap));
  };
  const update = debounce(() => {
    cancelIdle();
    cancelIdle = whenIdle(mark);
  }, MARKERS_DELAY_MS);

  const unsubscribe = diagnostics.subscribe(() => update.schedule());
  update.schedule();
  return () => {
    update.cancel();
    cancelIdle();
    unsubscribe();
    monaco.editor.setModelMarkers(model, OWNER, []);
  };
}
