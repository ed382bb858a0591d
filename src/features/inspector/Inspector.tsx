import { lazy, Suspense, useEffect } from 'react';
import { useStudio } from '../../store';
import { InspectorErrorBoundary } from './InspectorErrorBoundary';
import { MachineInspector } from './machine/MachineInspector';
import { DiagnosticsContext, useInspectorDiagnostics } from './useInspectorDiagnostics';
import { useSelectedState } from './useSelectedState';
import './inspector.css';

// A state's forms (every type, the rule builder, the data-flow preview) are most of the inspector:
// they load after the first page, while the machine's summary is on screen.
const loadStateInspector = () => import('./state/StateInspector').then((m) => ({ default: m.StateInspector }));
const StateInspector = lazy(loadStateInspector);

/** Fetches the state forms once the page is idle, so the first click on a node does not wait. */
function usePrefetchStateForms(): void {
  useEffect(() => {
    const load = () => void loadStateInspector();
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(load, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(load, 200);
    return () => clearTimeout(id);
  }, []);
}

/** The inspector: forms for the selected state, or the machine when nothing is selected. */
export function Inspector() {
  usePrefetchStateForms();
  const diagnostics = useInspectorDiagnostics();
  const selected = useSelectedState();
  const revision = useStudio((s) => s.revision);
  return (
    <aside className="inspector" aria-label="Inspector" data-testid="inspector">
      <DiagnosticsContext.Provider value={diagnostics}>
        <InspectorErrorBoundary resetKey={`${selected?.name ?? ''}\u0000${revision}`}>
          {selected ? (
            <Suspense fallback={<div className="inspector__loading" role="status" aria-label="Loading the state's settings" />}>
              <StateInspector selected={selected} />
            </Suspense>
          ) : (
            <MachineInspector />
          )}
        </InspectorErrorBoundary>
      </DiagnosticsContext.Provider>
    </aside>
  );
}
