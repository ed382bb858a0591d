import type * as Monaco from 'monaco-editor/editor';
import type { EditorContext, Unbind } from './editorContext';
import { debounce } from './schedule';
import { findPlaceholders } from './placeholders';

const HOVER = {
  value: '**Substitution** — replaced when the workflow is deployed (SAM / CDK `DefinitionSubstitutions`). It is a valid value here, not a broken reference.',
};

/** Marks `${Placeholder}` substitutions with their own look, so they read as values, not errors. */
export function bindPlaceholders(ctx: EditorContext): Unbind {
  const { editor, model } = ctx;
  const decorations = editor.createDecorationsCollection();
  const update = debounce(() => {
    const text = model.getValue();
    decorations.set(
      findPlaceholders(text).map((span): Monaco.editor.IModelDeltaDecoration => {
        const start = model.getPositionAt(span.offset);
        const end = model.getPositionAt(span.offset + span.length);
        return {
          range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column },
          options: { inlineClassName: 'asl-placeholder', hoverMessage: HOVER, stickiness: 1 },
        };
      }),
    );
  }, 100);
  const changes = model.onDidChangeContent(() => update.schedule());
  update.schedule();
  update.flush();
  return () => {
    update.cancel();
    changes.dispose();
    decorations.clear();
  };
}
