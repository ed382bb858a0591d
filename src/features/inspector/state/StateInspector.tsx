import { useMemo, useState } from 'react';
import { ConfigurationTab } from '../config/ConfigurationTab';
import { ErrorHandlingTab } from '../errors/ErrorHandlingTab';
import { InputOutputTab } from '../io/InputOutputTab';
import { useFieldDiagnostics } from '../useInspectorDiagnostics';
import type { SelectedState } from '../useSelectedState';
import { VariablesTab } from '../variables/VariablesTab';
import { StateHeader } from './StateHeader';
import { tabOf, type TabId } from './tabOf';
import { Tabs } from './Tabs';

const TABS: { id: TabId; label: string }[] = [
  { id: 'config', label: 'Configuration' },
  { id: 'io', label: 'Input/Output' },
  { id: 'variables', label: 'Variables' },
  { id: 'errors', label: 'Error handling' },
];

/** A state's header and its four tabs. The active tab stays when another state is selected. */
export function StateInspector({ selected }: { selected: SelectedState }) {
  const [tab, setTab] = useState<TabId>('config');
  const diagnostics = useFieldDiagnostics(selected.pointer);
  const tabs = useMemo(() => {
    const counts = new Map<TabId, number>();
    for (const d of diagnostics) {
      if (d.pointer === selected.pointer) continue;
      const t = tabOf(selected.pointer, d.pointer, selected.state.Type);
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return TABS.map((t) => ({ ...t, problems: counts.get(t.id) }));
  }, [diagnostics, selected.pointer, selected.state.Type]);
  const ownProblems = diagnostics.filter((d) => d.pointer === selected.pointer);
  return (
    <div className="state-inspector" data-state={selected.name}>
      <StateHeader selected={selected} />
      {ownProblems.length > 0 && (
        <ul className="state-inspector__problems" aria-label="Problems of this state">
          {ownProblems.map((d, i) => <li key={i} className={`field__message field__message--${d.severity}`}>{d.message}</li>)}
        </ul>
      )}
      <Tabs<TabId> label="State settings" tabs={tabs} active={tab} onChange={setTab}>
        {tab === 'config' && <ConfigurationTab selected={selected} />}
        {tab === 'io' && <InputOutputTab selected={selected} />}
        {tab === 'variables' && <VariablesTab selected={selected} />}
        {tab === 'errors' && <ErrorHandlingTab selected={selected} />}
      </Tabs>
    </div>
  );
}
