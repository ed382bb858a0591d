import type * as Monaco from 'monaco-editor/editor';
import { registerEditor } from '../../app/editorBridge';
import { bindMarkers } from './bindMarkers';
import { bindPlaceholders } from './bindPlaceholders';
import { bindSelection } from './bindSelection';
import { bindText } from './bindText';
import type { EditorContext, StudioStore, Unbind } from './editorContext';
import { MODEL_URI, monaco } from './monacoSetup';
import { monacoTheme } from './themes';

/** Below this width the minimap costs more room than it gives (Split view on a laptop). */
const MINIMAP_MIN_WIDTH = 720;

/**
 * The model outlives the editor: switching to Design and back keeps Monaco's undo stack and
 * the cursor's place in the text.
 */
function sharedModel(store: StudioStore): Monaco.editor.ITextModel {
  const existing = monaco.editor.getModel(MODEL_URI);
  if (existing) return existing;
  const { text, format } = store.getState();
  const model = monaco.editor.createModel(text, format, MODEL_URI);
  model.updateOptions({ tabSize: 2, insertSpaces: true });
  return model;
}

/** Creates the editor in `host`, bound to the store both ways; returns its disposer. */
export function mountEditor(host: HTMLElement, store: StudioStore): Unbind {
  const model = sharedModel(store);
  const editor = monaco.editor.create(host, {
    model,
    theme: monacoTheme(store.getState().theme),
    ariaLabel: 'Workflow definition',
    automaticLayout: true,
    fixedOverflowWidgets: true,
    fontSize: 13,
    lineHeight: 20,
    fontFamily: "ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, monospace",
    minimap: { enabled: host.clientWidth >= MINIMAP_MIN_WIDTH, renderCharacters: false, showSlider: 'mouseover' },
    scrollBeyondLastLine: false,
    smoothScrolling: true,
    padding: { top: 8 },
    // Value completions inside strings ("Type": "|" offers the state types from the schema).
    quickSuggestions: { other: true, strings: true, comments: false },
    stickyScroll: { enabled: true, defaultModel: 'foldingProviderModel', maxLineCount: 4 },
    renderLineHighlight: 'line',
    tabSize: 2,
  });
  const ctx: EditorContext = { editor, model, store, applying: false, pending: false };
  const minimap = editor.onDidLayoutChange((layout) => {
    const wide = layout.width >= MINIMAP_MIN_WIDTH;
    if (editor.getOption(monaco.editor.EditorOption.minimap).enabled !== wide) editor.updateOptions({ minimap: { enabled: wide } });
  });
  const unbinds: Unbind[] = [bindText(ctx), bindSelection(ctx), bindMarkers(ctx), bindPlaceholders(ctx), bindView(ctx), guardNativeScroll(host), () => minimap.dispose()];
  unbinds.push(
    registerEditor({
      getText: () => model.getValue(),
      revealOffset: (offset) => {
        const position = model.getPositionAt(offset);
        editor.setPosition(position);
        editor.revealPositionInCenterIfOutsideViewport(position);
        editor.focus();
      },
    }),
  );
  return () => {
    for (const unbind of unbinds.reverse()) unbind();
    // Dispose the view only: the model and its undo stack stay for the next mount.
    editor.dispose();
  };
}

/** The model's language follows the text's format; the editor's theme follows the studio's. */
function bindView(ctx: EditorContext): Unbind {
  const { model, store } = ctx;
  const apply = () => {
    const { format, theme } = store.getState();
    if (model.getLanguageId() !== format) monaco.editor.setModelLanguage(model, format);
    monaco.editor.setTheme(monacoTheme(theme));
  };
  apply();
  return store.subscribe((state, prev) => {
    if (state.format !== prev.format || state.theme !== prev.theme) apply();
  });
}

/**
 * Monaco scrolls virtually; its DOM must never scroll natively. The browser does scroll it when
 * something asks for an inner element to be shown (scrollIntoView, focus of the hidden textarea,
 * automation tools), and then the text is drawn shifted and half blank. Undo any such scroll.
 */
function guardNativeScroll(host: HTMLElement): Unbind {
  const onScroll = (event: Event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.classList.contains('editor-scrollable')) return;
    if (target.scrollLeft !== 0) target.scrollLeft = 0;
    if (target.scrollTop !== 0) target.scrollTop = 0;
  };
  // Scroll events do not bubble, but they do pass ancestors in the capture phase.
  host.addEventListener('scroll', onScroll, true);
  return () => host.removeEventListener('scroll', onScroll, true);
}
