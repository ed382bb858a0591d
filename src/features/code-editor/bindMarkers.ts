import { validate } from '../../asl/validate';
import type { Diagnostic } from '../../asl/types';
import { monaco } from './monacoSetup';
import type { EditorContext, Unbind } from './editorContext';
import { debounce, whenIdle } from './schedule';
import { toMarkers } from './toMarkers';

/** Markers trail the graph a little: the graph is what a keystroke must update first. */
const MARKERS_DELAY_MS = 120;
const OWNER = 'asl';

/**
 * Shows the parser's syntax errors, or else the validator's schema and semantic findings, as
 * Monaco markers (squiggles, hover messages, F8 to walk them).
 */
export function bindMarkers(ctx: EditorContext): Unbind {
  const { model, store } = ctx;
  let cancelIdle = () => {};
  const mark = () => {
    const { parse, syntaxErrors, text, workflowType } = store.getState();
    // Ranges are offsets into the store's text: wait while the model is ahead of it.
    if (ctx.pending || model.getValueLength() !== text.length) return;
    let diagnostics: Diagnostic[] = syntaxErrors;
    if (syntaxErrors.length === 0 && parse.value !== undefined) {
      diagnostics = validate(parse.value, { sourceMap: parse.sourceMap, textLength: text.length, workflowType });
    }
    monaco.editor.setModelMarkers(model, OWNER, toMarkers(diagnostics, model, parse.sourceMap));
  };
  const update = debounce(() => {
    cancelIdle();
    cancelIdle = whenIdle(mark);
  }, MARKERS_DELAY_MS);

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.parse !== prev.parse || state.workflowType !== prev.workflowType) update.schedule();
  });
  update.schedule();
  return () => {
    update.cancel();
    cancelIdle();
    unsubscribe();
    monaco.editor.setModelMarkers(model, OWNER, []);
  };
}
