import type * as Monaco from 'monaco-editor/editor';
import { locateState } from '../../asl/ops';
import type { SourceRange, StateMachine } from '../../asl/types';
import { monaco } from './monacoSetup';
import type { EditorContext, Unbind } from './editorContext';
import { debounce } from './schedule';
import { stateAtOffset } from './stateAtOffset';

/** Cursor moves settle this long before they select a state (arrow keys held down). */
const CURSOR_DELAY_MS = 50;

/**
 * Selection both ways:
 * - a state selected elsewhere (canvas, inspector, tests) is highlighted in the text and scrolled
 *   into view when it is outside it;
 * - the cursor put inside a state's text selects that state (its node, its inspector form).
 */
export function bindSelection(ctx: EditorContext): Unbind {
  const { editor, model, store } = ctx;
  const highlight = editor.createDecorationsCollection();

  /** The text range of the selected state, when the store's parse describes the model's text. */
  const selectedRanges = (): { value: SourceRange; key?: SourceRange } | undefined => {
    const { selected, parse, text } = store.getState();
    if (selected === null || parse.value === undefined || ctx.pending || model.getValueLength() !== text.length) return undefined;
    const location = locateState(parse.value as unknown as StateMachine, selected);
    const value = location && parse.sourceMap.rangeOf(location.pointer);
    return value && location ? { value, key: parse.sourceMap.keyRangeOf(location.pointer) } : undefined;
  };

  const paint = (reveal: boolean) => {
    const ranges = selectedRanges();
    if (!ranges) {
      highlight.clear();
      return;
    }
    const block = toRange(ctx, ranges.key ?? ranges.value, ranges.value);
    const decorations: Monaco.editor.IModelDeltaDecoration[] = [
      { range: block, options: { isWholeLine: true, className: 'asl-selected-state', linesDecorationsClassName: 'asl-selected-gutter', stickiness: 1 } },
    ];
    if (ranges.key) decorations.push({ range: toRange(ctx, ranges.key, ranges.key), options: { inlineClassName: 'asl-selected-name' } });
    highlight.set(decorations);
    if (reveal) editor.revealRangeInCenterIfOutsideViewport(toRange(ctx, ranges.key ?? ranges.value, ranges.key ?? ranges.value), monaco.editor.ScrollType.Smooth);
  };

  let cursorMoved = false;
  const follow = debounce(() => {
    if (ctx.pending) return;
    cursorMoved = false;
    const { parse, text, selected, select } = store.getState();
    if (parse.value === undefined || model.getValueLength() !== text.length) return;
    const position = editor.getPosition();
    if (!position) return;
    const name = stateAtOffset(parse, model.getOffsetAt(position));
    if (name !== selected) select(name, 'editor');
  }, CURSOR_DELAY_MS);
  const unsubscribe = store.subscribe((state, prev) => {
    const selectionChanged = state.selected !== prev.selected || state.selectionOrigin !== prev.selectionOrigin;
    if (selectionChanged) paint(state.selectionOrigin !== 'editor');
    else if (state.parse !== prev.parse) paint(false);
    // Typing caught up with the store: a cursor move made while it was pending can count now.
    if (state.revision !== prev.revision && cursorMoved) follow.schedule();
  });

  const cursor = editor.onDidChangeCursorPosition(() => {
    // Only the user's own cursor selects: not edits pushed from the store, not a reveal.
    if (ctx.applying || !editor.hasTextFocus()) return;
    cursorMoved = true;
    follow.schedule();
  });

  paint(true);
  return () => {
    follow.cancel();
    cursor.dispose();
    unsubscribe();
    highlight.clear();
  };
}

/** A Monaco range from the start of `from` to the end of `to`. */
function toRange(ctx: EditorContext, from: SourceRange, to: SourceRange): Monaco.IRange {
  const start = ctx.model.getPositionAt(from.start.offset);
  const end = ctx.model.getPositionAt(to.end.offset);
  return { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
}
