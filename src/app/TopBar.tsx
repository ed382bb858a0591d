import { RunButton } from '../features/execution/RunButton';
import { ExportMenu } from '../features/io/ExportMenu';
import { ImportButton } from '../features/io/ImportButton';
import { ShareButton } from '../features/io/ShareButton';
import { WorkflowName } from '../features/workflows/WorkflowName';
import { WorkflowsMenu } from '../features/workflows/WorkflowsMenu';
import { useStudio, type ViewMode } from '../store';
import { Icon } from './Icon';
import { SaveStatus } from './SaveStatus';
import { ViewControls } from './ViewControls';

const MODES: { mode: ViewMode; label: string }[] = [
  { mode: 'design', label: 'Design' },
  { mode: 'code', label: 'Code' },
  { mode: 'split', label: 'Split' },
];

/**
 * The bar across the top, as in Workflow Studio: the workflow (name, list, saved state), undo and
 * redo, the view mode, then samples, import, export, share, the view controls and Run.
 */
export function TopBar() {
  const mode = useStudio((s) => s.mode);
  const setMode = useStudio((s) => s.setMode);
  const undo = useStudio((s) => s.undo);
  const redo = useStudio((s) => s.redo);
  const canUndo = useStudio((s) => s.past.length > 0);
  const canRedo = useStudio((s) => s.future.length > 0);
  const openGallery = useStudio((s) => s.setGalleryOpen);
  return (
    <header className="top-bar">
      <div className="top-bar__brand">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        <span>ASL Studio</span>
      </div>
      <div className="top-bar__document">
        <WorkflowsMenu />
        <WorkflowName />
        <SaveStatus />
      </div>
      <div className="top-bar__history">
        <button type="button" className="icon-button" onClick={undo} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
          <Icon name="undo" />
        </button>
        <button type="button" className="icon-button" onClick={redo} disabled={!canRedo} aria-label="Redo" title="Redo (Ctrl+Shift+Z)">
          <Icon name="redo" />
        </button>
      </div>
      <div className="top-bar__modes" role="tablist" aria-label="View">
        {MODES.map(({ mode: m, label }) => (
          <button key={m} type="button" role="tab" aria-selected={mode === m} className={mode === m ? 'is-active' : ''} onClick={() => setMode(m)}>
            {label}
          </button>
        ))}
      </div>
      <div className="top-bar__actions">
        <button type="button" className="button" onClick={() => openGallery(true)} title="Open a sample workflow">
          <Icon name="gallery" /> <span className="top-bar__label">Samples</span>
        </button>
        <ImportButton />
        <ExportMenu />
        <ShareButton />
      </div>
      <ViewControls />
      <RunButton />
    </header>
  );
}
