import { childPointer } from '../../../asl/pointer';
import type { ItemProcessor, JsonValue, MapState } from '../../../asl/types';
import { countStates } from '../../../asl/countStates';
import { jsonCodec, numberCodec, textCodec, type Codec } from '../controls/codecs';
import { FormField } from '../controls/FormField';
import { jsonataValueCodec } from '../controls/jsonataCodec';
import { Section } from '../controls/Section';
import { Segmented } from '../controls/Segmented';
import { SelectField } from '../controls/SelectField';
import { ValueOrPathField } from '../controls/ValueOrPathField';
import { MapDistributed } from './MapDistributed';
import { MapItemSource } from './MapItemSource';
import { isRecord } from '../model/isRecord';
import type { ConfigProps } from './types';

/** A Map: processing mode, where the items come from, how each is shaped, concurrency, and the distributed options. */
export function MapConfig({ selected, edit }: ConfigProps) {
  const state = selected.state as MapState;
  const jsonata = selected.queryLanguage === 'JSONata';
  const legacy = state.ItemProcessor === undefined && state.Iterator !== undefined;
  const processorKey = legacy ? 'Iterator' : 'ItemProcessor';
  const processor = (isRecord(state[processorKey]) ? state[processorKey] : undefined) as ItemProcessor | undefined;
  const config = isRecord(processor?.ProcessorConfig) ? processor.ProcessorConfig : undefined;
  const mode = config?.Mode === 'DISTRIBUTED' ? 'DISTRIBUTED' : 'INLINE';
  const holder = state as unknown as Record<string, JsonValue | undefined>;
  const selectorKey = state.ItemSelector === undefined && state.Parameters !== undefined ? 'Parameters' : 'ItemSelector';
  const setMode = (m: 'INLINE' | 'DISTRIBUTED') =>
    edit.set(
      [processorKey, 'ProcessorConfig'],
      m === 'DISTRIBUTED' ? { ...config, Mode: 'DISTRIBUTED', ExecutionType: config?.ExecutionType ?? 'STANDARD' } : { Mode: 'INLINE' },
      `Make ${selected.name} ${m.toLowerCase()}`,
    );
  return (
    <>
      <Section title="Processing mode">
        <Segmented<'INLINE' | 'DISTRIBUTED'>
          label="Processing mode"
          value={mode}
          options={[{ value: 'INLINE', label: 'Inline' }, { value: 'DISTRIBUTED', label: 'Distributed' }]}
          onChange={setMode}
        />
        <p className="section__note">
          {mode === 'INLINE'
            ? 'Inline: up to 40 iterations at once, inside this execution, over an array from the input.'
            : 'Distributed: child executions over a large data set, read from S3 by an ItemReader if you like.'}
          {legacy && ' This Map uses the legacy Iterator field.'}
        </p>
        {mode === 'DISTRIBUTED' && (
          <SelectField
            label="Child execution type"
            asl="ExecutionType"
            pointer={childPointer(selected.pointer, processorKey, 'ProcessorConfig', 'ExecutionType')}
            value={config?.ExecutionType}
            options={[{ value: 'STANDARD', label: 'Standard' }, { value: 'EXPRESS', label: 'Express' }]}
            onChange={(v) => edit.set([processorKey, 'ProcessorConfig', 'ExecutionType'], v)}
          />
        )}
        <p className="section__note">
          Item processor: starts at <strong>{typeof processor?.StartAt === 'string' ? processor.StartAt : '—'}</strong>, {countStates(processor)} state{countStates(processor) === 1 ? '' : 's'}.
        </p>
      </Section>
      <MapItemSource selected={selected} edit={edit} distributed={mode === 'DISTRIBUTED'} />
      <Section title="Each item">
        <FormField
          label="Item selector"
          asl={selectorKey}
          pointer={childPointer(selected.pointer, selectorKey)}
          value={state[selectorKey]}
          codec={jsonata ? jsonataValueCodec : (jsonCodec as Codec<JsonValue>)}
          multiline
          rows={5}
          placeholder={jsonata ? '{ "item": "{% $states.context.Map.Item.Value %}" }' : '{ "item.$": "$$.Map.Item.Value" }'}
          help="Shapes each item before it goes to the item processor."
          onCommit={(v) => edit.set(selectorKey, v)}
        />
        <ValueOrPathField
          label="Maximum concurrency"
          valueKey={['MaxConcurrency']}
          pathKey={['MaxConcurrencyPath']}
          holder={holder}
          pointer={selected.pointer}
          codec={numberCodec({ integer: true, jsonata })}
          jsonata={jsonata}
          valueWord="Number"
          placeholder="0 (as many as possible)"
          onChange={(changes) => edit.setMany(changes, 'Set maximum concurrency')}
        />
      </Section>
      {(mode === 'DISTRIBUTED' || state.Label !== undefined) && (
        <Section title="Run label">
          <FormField label="Label" asl="Label" pointer={childPointer(selected.pointer, 'Label')} value={state.Label} codec={textCodec} placeholder="ProcessFiles" help="Names the child executions (up to 40 characters)." onCommit={(v) => edit.set('Label', v)} />
        </Section>
      )}
      <MapDistributed selected={selected} edit={edit} distributed={mode === 'DISTRIBUTED'} />
    </>
  );
}
