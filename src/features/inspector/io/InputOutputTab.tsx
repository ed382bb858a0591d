import { childPointer } from '../../../asl/pointer';
import type { JsonValue } from '../../../asl/types';
import { FormField } from '../controls/FormField';
import { Section } from '../controls/Section';
import { ioFields } from '../model/fields';
import { useStateEdit } from '../useEdit';
import type { SelectedState } from '../useSelectedState';
import { DataFlowPreview } from './DataFlowPreview';
import { CODECS } from './ioCodecs';

const PLACEHOLDERS: Record<string, string> = {
  InputPath: '$ (the whole input)',
  ResultPath: '$ (the result replaces the input)',
  OutputPath: '$ (everything)',
  Parameters: '{ "id.$": "$.orderId" }',
  ResultSelector: '{ "total.$": "$.Payload.total" }',
  Arguments: '{ "id": "{% $states.input.orderId %}" }',
  Output: '{% $states.result %}',
};

/** The Input/Output tab: the data-flow fields the state's type and query language allow, and a live preview. */
export function InputOutputTab({ selected }: { selected: SelectedState }) {
  const edit = useStateEdit(selected.name);
  const fields = ioFields(selected.state.Type, selected.queryLanguage);
  const state = selected.state as unknown as Record<string, JsonValue | undefined>;
  if (fields.length === 0) {
    return (
      <Section title="Input and output">
        <p className="section__note">A Fail state ends the execution: it has no output to shape.</p>
      </Section>
    );
  }
  return (
    <>
      <Section title={selected.queryLanguage === 'JSONata' ? 'Arguments and output (JSONata)' : 'Input and output (JSONPath)'}>
        {fields.map((f) => (
          <FormField
            key={f.key}
            label={f.label}
            asl={f.key}
            pointer={childPointer(selected.pointer, f.key)}
            value={state[f.key]}
            codec={CODECS[f.kind]}
            multiline={f.kind === 'template' || f.kind === 'jsonata'}
            rows={f.kind === 'template' ? 5 : 3}
            mono
            placeholder={PLACEHOLDERS[f.key]}
            help={f.help}
            onCommit={(v) => edit.set(f.key, v)}
          />
        ))}
      </Section>
      {/* Keyed by state: a result shown is always the selected state's. */}
      <DataFlowPreview key={selected.name} selected={selected} />
    </>
  );
}
