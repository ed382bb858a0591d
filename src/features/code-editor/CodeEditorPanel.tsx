import { useEffect, useRef } from 'react';
import { loadYamlSupport, useStudio } from '../../store';
import { FormatSwitch } from './FormatSwitch';
import { mountEditor } from './mountEditor';
import './codeEditor.css';

/**
 * The code editor on the ASL text: Monaco (bundled, loaded lazily with this panel) on JSON or
 * YAML, in sync with the graph both ways. Ctrl+Z inside the editor is Monaco's own undo; each
 * undo still reaches the store as a text change, so the studio's history records it too.
 */
export default function CodeEditorPanel() {
  const hostRef = useRef<HTMLDivElement>(null);
  const format = useStudio((s) => s.format);
  useEffect(() => mountEditor(hostRef.current!, useStudio), []);
  // Whatever is typed here may be YAML: have its parser ready (the first page leaves it out).
  useEffect(() => void loadYamlSupport(), []);
  return (
    <section className="code-editor code-editor--monaco" aria-label="Code editor">
      <header className="code-editor__header">
        <span className="code-editor__title">Definition</span>
        <span className="code-editor__file">workflow.asl.{format}</span>
        <FormatSwitch />
      </header>
      {/* nokey: Monaco types into an EditContext div (no textarea, no contenteditable), which React
          Flow does not take for an input; without it the canvas's Space-to-pan swallows every space
          typed in Split view. */}
      <div ref={hostRef} className="code-editor__host nokey" data-testid="code-editor" />
    </section>
  );
}
