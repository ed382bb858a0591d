import { useContext } from 'react';
import type { QueryLanguage, StateMachine } from '../../../asl/types';
import { setMachineFieldCommand, type SetMachineFieldArgs } from '../../../commands/machine/setField';
import { useStudio, type WorkflowType } from '../../../store';
import { numberCodec, textCodec } from '../controls/codecs';
import { FormField } from '../controls/FormField';
import { Section } from '../controls/Section';
import { Segmented } from '../controls/Segmented';
import { runCommand } from '../useEdit';
import { DiagnosticsContext } from '../useInspectorDiagnostics';
import { countStates } from '../../../asl/countStates';

function asMachine(value: unknown): Partial<StateMachine> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as StateMachine) : {};
}

const setMachine = (field: SetMachineFieldArgs['field'], value: SetMachineFieldArgs['value']) => runCommand(setMachineFieldCommand, { field, value });

/** Nothing selected: the state machine's own settings and a summary of the workflow. */
export function MachineInspector() {
  const definition = useStudio((s) => s.definition);
  const workflowType = useStudio((s) => s.workflowType);
  const setWorkflowType = useStudio((s) => s.setWorkflowType);
  const { all } = useContext(DiagnosticsContext);
  const machine = asMachine(definition);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  const language: QueryLanguage = machine.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath';
  return (
    <div className="machine-inspector">
      <header className="state-header" style={{ '--state-color': 'var(--accent)' } as React.CSSProperties}>
        <div className="state-header__title">
          <span className="state-header__glyph" aria-hidden>⎔</span>
          <div className="state-header__text">
            <span className="state-header__type">State machine</span>
            <span className="state-header__subtitle">Select a state on the canvas to edit it</span>
          </div>
        </div>
        <dl className="summary" aria-label="Workflow summary">
          <div className="summary__item">
            <dt>States</dt>
            <dd data-testid="summary-states">{countStates(definition)}</dd>
          </div>
          <div className={`summary__item${errors ? ' summary__item--bad' : ''}`}>
            <dt>Errors</dt>
            <dd data-testid="summary-errors">{errors}</dd>
          </div>
          <div className={`summary__item${warnings ? ' summary__item--warn' : ''}`}>
            <dt>Warnings</dt>
            <dd>{warnings}</dd>
          </div>
          <div className="summary__item summary__item--wide">
            <dt>Starts at</dt>
            <dd className="summary__start">{typeof machine.StartAt === 'string' ? machine.StartAt : '—'}</dd>
          </div>
        </dl>
      </header>
      <div className="inspector__body">
        <Section title="Workflow">
          <FormField label="Comment" asl="Comment" pointer="/Comment" value={machine.Comment} codec={textCodec} multiline rows={3} onCommit={(v) => setMachine('Comment', v)} />
          <div className="field">
            <span className="field__label" id="machine-query-language">Query language <code className="field__asl">QueryLanguage</code></span>
            <Segmented<QueryLanguage>
              label="Query language"
              value={language}
              options={[{ value: 'JSONPath', label: 'JSONPath' }, { value: 'JSONata', label: 'JSONata' }]}
              onChange={(v) => setMachine('QueryLanguage', v === 'JSONPath' ? undefined : v)}
            />
            <p className="field__help">The default for every state. States and nested scopes may choose their own.</p>
          </div>
          <div className="field">
            <span className="field__label">Workflow type</span>
            <Segmented<WorkflowType>
              label="Workflow type"
              value={workflowType}
              options={[{ value: 'STANDARD', label: 'Standard' }, { value: 'EXPRESS', label: 'Express' }]}
              onChange={setWorkflowType}
            />
            <p className="field__help">Chosen when the state machine is created, so it is not in the ASL. Express workflows cannot use .sync, .waitForTaskToken or activities.</p>
          </div>
        </Section>
        <Section title="Limits and version">
          <FormField
            label="Execution timeout (seconds)"
            asl="TimeoutSeconds"
            pointer="/TimeoutSeconds"
            value={machine.TimeoutSeconds as number | string | undefined}
            codec={numberCodec({ integer: true })}
            placeholder="No timeout"
            onCommit={(v) => setMachine('TimeoutSeconds', v)}
          />
          <FormField label="Version" asl="Version" pointer="/Version" value={machine.Version} codec={textCodec} placeholder="1.0" onCommit={(v) => setMachine('Version', v)} />
        </Section>
      </div>
    </div>
  );
}
