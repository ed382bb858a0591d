import { useStudio } from '../../store';
import { InspectorErrorBoundary } from './InspectorErrorBoundary';
import { MachineInspector } from './machine/MachineInspector';
import { StateInspector } from './state/StateInspector';
import { DiagnosticsContext, useInspectorDiagnostics } from './useInspectorDiagnostics';
import { useSelectedState } from './useSelectedState';
import './inspector.css';

/** The inspector: forms for the selected state, or the machine when nothing is selected. */
export function Inspector() {
  const diagnostics = useInspectorDiagnostics();
  const selected = useSelectedState();
  const revision = useStudio((s) => s.revision);
  return (
    <aside className="inspector" aria-label="Inspector" data-testid="inspector">
      <DiagnosticsContext.Provider value={diagnostics}>
        <InspectorErrorBoundary resetKey={`${selected?.name ?? ''}\u0000${revision}`}>
          {selected ? <StateInspector selected={selected} /> : <MachineInspector />}
        </InspectorErrorBoundary>
      </DiagnosticsContext.Provider>
    </aside>
  );
}
