import { childPointer } from '../../../asl/pointer';
import type { ItemReader, JsonValue, MapState } from '../../../asl/types';
import { jsonCodec, nullablePathCodec, type Codec } from '../controls/codecs';
import { FormField } from '../controls/FormField';
import { jsonataValueCodec } from '../controls/jsonataCodec';
import { Section } from '../controls/Section';
import { Segmented } from '../controls/Segmented';
import { SelectField } from '../controls/SelectField';
import { isRecord } from '../model/isRecord';
import { ReaderConfigFields } from './ReaderConfigFields';
import type { ConfigProps } from './types';

const READERS = [
  { value: 'arn:aws:states:::s3:getObject', label: 'S3 object (JSON, JSONL, CSV, Parquet, manifest)' },
  { value: 'arn:aws:states:::s3:listObjectsV2', label: 'S3 objects under a prefix' },
];

/** Where a Map's items come from: a path or a JSONata value in the input, or an ItemReader (distributed). */
export function MapItemSource({ selected, edit, distributed }: ConfigProps & { distributed: boolean }) {
  const state = selected.state as MapState;
  const jsonata = selected.queryLanguage === 'JSONata';
  const reader: ItemReader | undefined = isRecord(state.ItemReader) ? state.ItemReader : state.ItemReader === undefined ? undefined : { Resource: '' };
  const source = reader !== undefined ? 'reader' : 'input';
  const argsKey = jsonata ? 'Arguments' : 'Parameters';
  const readerPointer = childPointer(selected.pointer, 'ItemReader');
  const setSource = (s: 'input' | 'reader') =>
    s === 'reader'
      ? edit.setMany(
          [
            { path: 'ItemsPath', value: undefined },
            { path: 'Items', value: undefined },
            { path: 'ItemReader', value: { Resource: READERS[0].value, ReaderConfig: { InputType: 'JSON' }, [argsKey]: { Bucket: 'my-bucket', Key: 'items.json' } } },
          ],
          'Read items with an ItemReader',
        )
      : edit.set('ItemReader', undefined, 'Take items from the input');
  return (
    <Section title="Item source">
      {(distributed || reader !== undefined) && (
        <Segmented<'input' | 'reader'>
          label="Item source"
          value={source}
          options={[{ value: 'input', label: 'From the state input' }, { value: 'reader', label: 'ItemReader (S3)' }]}
          onChange={setSource}
        />
      )}
      {source === 'input' && !jsonata && (
        <FormField
          label="Items path"
          asl="ItemsPath"
          pointer={childPointer(selected.pointer, 'ItemsPath')}
          value={state.ItemsPath}
          codec={nullablePathCodec as Codec<JsonValue>}
          mono
          placeholder="$ (the whole input)"
          help="A reference path to the array to iterate over."
          onCommit={(v) => edit.set('ItemsPath', v)}
        />
      )}
      {source === 'input' && jsonata && (
        <FormField
          label="Items"
          asl="Items"
          pointer={childPointer(selected.pointer, 'Items')}
          value={state.Items}
          codec={jsonataValueCodec}
          mono
          placeholder="{% $states.input.items %}"
          help="A JSON array or a {% %} expression that gives one. Empty: the input itself."
          onCommit={(v) => edit.set('Items', v)}
        />
      )}
      {reader !== undefined && (
        <>
          <SelectField label="Reader" asl="Resource" pointer={childPointer(readerPointer, 'Resource')} value={reader.Resource} options={READERS} onChange={(v) => edit.set(['ItemReader', 'Resource'], v)} />
          <FormField
            label="Reader parameters"
            asl={argsKey}
            pointer={childPointer(readerPointer, argsKey)}
            value={reader[argsKey]}
            codec={jsonCodec}
            multiline
            rows={4}
            placeholder='{ "Bucket": "my-bucket", "Key": "items.csv" }'
            onCommit={(v) => edit.set(['ItemReader', argsKey], v)}
          />
          <ReaderConfigFields reader={reader} pointer={readerPointer} jsonata={jsonata} edit={edit} />
        </>
      )}
    </Section>
  );
}
