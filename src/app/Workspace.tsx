import { lazy, Suspense } from 'react';
import { Canvas } from '../features/canvas/Canvas';
import { Inspector } from '../features/inspector/Inspector';
import { ProblemsPanel } from '../features/problems/ProblemsPanel';
import { StatesBrowser } from '../features/states-browser/StatesBrowser';
import { useStudio } from '../store';
import { PanelResizer } from './PanelResizer';
import { SyntaxBanner } from './SyntaxBanner';

// Monaco is large: the first page must not wait for it.
const CodeEditorPanel = lazy(() => import('../features/code-editor/CodeEditorPanel'));
// The execution drawer is closed on the first page: its code loads when it opens.
const ExecutionPanel = lazy(() => import('../features/execution/ExecutionPanel').then((m) => ({ default: m.ExecutionPanel })));

/** The three columns under the top bar: states browser, canvas and/or code, inspector. */
export function Workspace() {
  const mode = useStudio((s) => s.mode);
  const browserOpen = useStudio((s) => s.browserOpen);
  const inspectorOpen = useStudio((s) => s.inspectorOpen);
  const browserWidth = useStudio((s) => s.browserWidth);
  const inspectorWidth = useStudio((s) => s.inspectorWidth);
  const runPanelOpen = useStudio((s) => s.runPanelOpen);
  const columns = [browserOpen && mode !== 'code' ? `${browserWidth}px` : null, '1fr', inspectorOpen ? `${inspectorWidth}px` : null].filter(Boolean).join(' ');
  return (
    <main className={`workspace workspace--${mode}`} style={{ gridTemplateColumns: columns }}>
      {browserOpen && mode !== 'code' && <StatesBrowser />}
      <div className="workspace__center">
        <SyntaxBanner />
        <div className="workspace__views">
          {mode !== 'code' && <Canvas />}
          {mode !== 'design' && (
            <Suspense fallback={<div className="code-editor code-editor--loading">Loading the editor…</div>}>
              <CodeEditorPanel />
            </Suspense>
          )}
        </div>
        <ProblemsPanel />
        {runPanelOpen && (
          <Suspense fallback={null}>
            <ExecutionPanel />
          </Suspense>
        )}
      </div>
      {inspectorOpen && <Inspector />}
      {browserOpen && mode !== 'code' && <PanelResizer panel="browser" />}
      {inspectorOpen && <PanelResizer panel="inspector" />}
    </main>
  );
}
