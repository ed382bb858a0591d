import { childPointer } from '../../../asl/pointer';
import type { JsonValue, MapState } from '../../../asl/types';
import { numberCodec } from '../controls/codecs';
import { Section } from '../controls/Section';
import { Toggle } from '../controls/Toggle';
import { ValueOrPathField } from '../controls/ValueOrPathField';
import { isRecord } from '../model/isRecord';
import { MapResultWriter } from './MapResultWriter';
import type { ConfigProps } from './types';

/** A distributed Map's tolerated failures, item batching and result export (shown when set, even on an inline Map, so nothing hides). */
export function MapDistributed({ selected, edit, distributed }: ConfigProps & { distributed: boolean }) {
  const state = selected.state as MapState;
  const jsonata = selected.queryLanguage === 'JSONata';
  const holder = state as unknown as Record<string, JsonValue | undefined>;
  const count = numberCodec({ integer: true, jsonata });
  const batcher = (isRecord(state.ItemBatcher) ? state.ItemBatcher : state.ItemBatcher === undefined ? undefined : {}) as Record<string, JsonValue | undefined> | undefined;
  const writer = isRecord(state.ResultWriter) ? state.ResultWriter : state.ResultWriter === undefined ? undefined : {};
  const tolerated = ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'ToleratedFailureCount', 'ToleratedFailureCountPath'].some((k) => holder[k] !== undefined);
  return (
    <>
      {(distributed || tolerated) && (
        <Section title="Tolerated failures">
          <ValueOrPathField
            label="Tolerated failure percentage"
            valueKey={['ToleratedFailurePercentage']}
            pathKey={['ToleratedFailurePercentagePath']}
            holder={holder}
            pointer={selected.pointer}
            codec={numberCodec({ jsonata })}
            jsonata={jsonata}
            valueWord="Percent"
            placeholder="0"
            onChange={(changes) => edit.setMany(changes, 'Set tolerated failure percentage')}
          />
          <ValueOrPathField
            label="Tolerated failure count"
            valueKey={['ToleratedFailureCount']}
            pathKey={['ToleratedFailureCountPath']}
            holder={holder}
            pointer={selected.pointer}
            codec={count}
            jsonata={jsonata}
            valueWord="Count"
            placeholder="0"
            onChange={(changes) => edit.setMany(changes, 'Set tolerated failure count')}
          />
        </Section>
      )}
      {(distributed || batcher !== undefined) && (
        <Section title="Item batching">
          <Toggle label="Batch items" help="Send items to each child execution in batches." checked={batcher !== undefined} onChange={(on) => edit.set('ItemBatcher', on ? { MaxItemsPerBatch: 10 } : undefined)} />
          {batcher !== undefined && (
            <>
              <ValueOrPathField
                label="Max items per batch"
                valueKey={['ItemBatcher', 'MaxItemsPerBatch']}
                pathKey={['ItemBatcher', 'MaxItemsPerBatchPath']}
                holder={batcher}
                pointer={childPointer(selected.pointer, 'ItemBatcher')}
                codec={count}
                jsonata={jsonata}
                valueWord="Number"
                onChange={(changes) => edit.setMany(changes, 'Set max items per batch')}
              />
              <ValueOrPathField
                label="Max bytes per batch"
                valueKey={['ItemBatcher', 'MaxInputBytesPerBatch']}
                pathKey={['ItemBatcher', 'MaxInputBytesPerBatchPath']}
                holder={batcher}
                pointer={childPointer(selected.pointer, 'ItemBatcher')}
                codec={count}
                jsonata={jsonata}
                valueWord="Bytes"
                placeholder="262144 (256 KiB)"
                onChange={(changes) => edit.setMany(changes, 'Set max bytes per batch')}
              />
            </>
          )}
        </Section>
      )}
      {(distributed || writer !== undefined) && (
        <Section title="Export results">
          <MapResultWriter selected={selected} edit={edit} />
        </Section>
      )}
    </>
  );
}
