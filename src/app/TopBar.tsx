import { samples } from '../samples';
import { useStudio, type ViewMode } from '../store';

const MODES: { mode: ViewMode; label: string }[] = [
  { mode: 'design', label: 'Design' },
  { mode: 'code', label: 'Code' },
  { mode: 'split', label: 'Split' },
];

/** The bar across the top: the product, the samples, the view mode, undo and redo. */
export function TopBar() {
  const setText = useStudio((s) => s.setText);
  const mode = useStudio((s) => s.mode);
  const setMode = useStudio((s) => s.setMode);
  const undo = useStudio((s) => s.undo);
  const redo = useStudio((s) => s.redo);
  const canUndo = useStudio((s) => s.past.length > 0);
  const canRedo = useStudio((s) => s.future.length > 0);
  return (
    <header className="top-bar">
      <div className="top-bar__brand">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        <span>ASL Studio</span>
      </div>
      <label className="top-bar__samples">
        <span>Sample</span>
        <select
          aria-label="Open a sample workflow"
          defaultValue={samples[0].id}
          onChange={(event) => {
            const sample = samples.find((s) => s.id === event.target.value);
            if (sample) setText(sample.text, 'command', `Open ${sample.title}`);
          }}
        >
          {samples.map((sample) => (
            <option key={sample.id} value={sample.id} title={sample.description}>
              {sample.title}
            </option>
          ))}
        </select>
      </label>
      <div className="top-bar__history">
        <button type="button" onClick={undo} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">↶</button>
        <button type="button" onClick={redo} disabled={!canRedo} aria-label="Redo" title="Redo (Ctrl+Shift+Z)">↷</button>
      </div>
      <div className="top-bar__modes" role="tablist" aria-label="View">
        {MODES.map(({ mode: m, label }) => (
          <button key={m} type="button" role="tab" aria-selected={mode === m} className={mode === m ? 'is-active' : ''} onClick={() => setMode(m)}>
            {label}
          </button>
        ))}
      </div>
    </header>
  );
}
