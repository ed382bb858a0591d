import { childPointer } from '../../../asl/pointer';
import type { ItemReader, JsonValue } from '../../../asl/types';
import { ChipsField } from '../controls/ChipsField';
import { numberCodec } from '../controls/codecs';
import { SelectField } from '../controls/SelectField';
import { ValueOrPathField } from '../controls/ValueOrPathField';
import { isRecord } from '../model/isRecord';
import { manifestTypesFor, readerFields, withHeaderLocation, withInputType } from '../model/readerConfig';
import { keyChanges, withKeys } from '../model/withKeys';
import type { StateEdit } from '../useEdit';

const INPUT_TYPE_OPTIONS = [
  { value: 'CSV', label: 'CSV (text delimited)' },
  { value: 'JSON', label: 'JSON (an array)' },
  { value: 'JSONL', label: 'JSONL (JSON Lines)' },
  { value: 'PARQUET', label: 'PARQUET (Apache Parquet)' },
  { value: 'MANIFEST', label: 'MANIFEST (S3 inventory manifest.json)' },
];
const DELIMITER_OPTIONS = [
  { value: 'COMMA', label: 'Comma ( , )' },
  { value: 'PIPE', label: 'Pipe ( | )' },
  { value: 'SEMICOLON', label: 'Semicolon ( ; )' },
  { value: 'SPACE', label: 'Space' },
  { value: 'TAB', label: 'Tab' },
];
const MANIFEST_LABELS: Record<string, string> = {
  ATHENA_DATA: 'Athena UNLOAD manifest (ATHENA_DATA)',
  S3_INVENTORY: 'S3 inventory (S3_INVENTORY)',
};

export interface ReaderConfigFieldsProps {
  reader: ItemReader;
  /** Pointer of the ItemReader. */
  pointer: string;
  jsonata: boolean;
  edit: StateEdit;
}

const CONFIG = ['ItemReader', 'ReaderConfig'] as const;

/** ItemReader.ReaderConfig: the format read, its CSV options or manifest kind, and MaxItems — only what applies. */
export function ReaderConfigFields({ reader, pointer, jsonata, edit }: ReaderConfigFieldsProps) {
  const config = (isRecord(reader.ReaderConfig) ? reader.ReaderConfig : {}) as Record<string, JsonValue | undefined>;
  const at = (key: string) => childPointer(pointer, 'ReaderConfig', key);
  const shown = readerFields(config, reader.Resource);
  const setKeys = (changes: Record<string, JsonValue | undefined>, label?: string) => edit.update(CONFIG, (current) => withKeys(current, changes), label);
  const headers = Array.isArray(config.CSVHeaders) ? config.CSVHeaders.filter((h): h is string => typeof h === 'string') : [];
  const manifestOptions = manifestTypesFor(config.InputType).map((v) => ({ value: v, label: MANIFEST_LABELS[v] }));
  return (
    <>
      {shown.has('InputType') && (
        <SelectField
          label="Input type"
          asl="InputType"
          pointer={at('InputType')}
          value={config.InputType as string | undefined}
          emptyLabel="Not set"
          options={INPUT_TYPE_OPTIONS}
          help={config.InputType === undefined ? 'Leave unset only to read an S3 inventory (ManifestType S3_INVENTORY).' : undefined}
          onChange={(v) => edit.update(CONFIG, (current) => withInputType(current, v), v ? `Read items as ${v}` : 'Clear input type')}
        />
      )}
      {shown.has('CSVHeaderLocation') && (
        <SelectField
          label="CSV header"
          asl="CSVHeaderLocation"
          pointer={at('CSVHeaderLocation')}
          value={config.CSVHeaderLocation as string | undefined}
          emptyLabel="First row (default)"
          options={[{ value: 'FIRST_ROW', label: 'First row' }, { value: 'GIVEN', label: 'Given (CSVHeaders)' }]}
          onChange={(v) => edit.update(CONFIG, (current) => withHeaderLocation(current, v), 'Set CSV header location')}
        />
      )}
      {shown.has('CSVHeaders') && (
        <ChipsField
          label="Column names"
          asl="CSVHeaders"
          pointer={at('CSVHeaders')}
          value={headers}
          addLabel="Add a column name"
          placeholder={headers.length ? 'Add a column…' : 'id'}
          help="The names of the columns, in order: type one, then press Enter. Needed when the header is given."
          onUpdate={(fn) => edit.update(CONFIG, (current) => {
            const now = isRecord(current) && Array.isArray(current.CSVHeaders) ? (current.CSVHeaders as JsonValue[]).filter((h): h is string => typeof h === 'string') : [];
            const next = fn(now);
            return withKeys(current, { CSVHeaders: next.length ? next : undefined });
          }, 'Set CSV column names')}
        />
      )}
      {shown.has('CSVDelimiter') && (
        <SelectField
          label="Delimiter"
          asl="CSVDelimiter"
          pointer={at('CSVDelimiter')}
          value={config.CSVDelimiter as string | undefined}
          emptyLabel="Comma (default)"
          options={DELIMITER_OPTIONS}
          onChange={(v) => setKeys({ CSVDelimiter: v }, 'Set CSV delimiter')}
        />
      )}
      {shown.has('ManifestType') && (
        <SelectField
          label="Manifest"
          asl="ManifestType"
          pointer={at('ManifestType')}
          value={config.ManifestType as string | undefined}
          emptyLabel="None: read the object itself"
          options={manifestOptions}
          help="Read a manifest that lists the files: from an Athena UNLOAD (of CSV, JSONL or Parquet files) or an S3 inventory."
          onChange={(v) => setKeys({ ManifestType: v }, 'Set manifest type')}
        />
      )}
      <ValueOrPathField
        label="Maximum items"
        valueKey={[...CONFIG, 'MaxItems']}
        pathKey={[...CONFIG, 'MaxItemsPath']}
        holder={config}
        pointer={childPointer(pointer, 'ReaderConfig')}
        codec={numberCodec({ integer: true, jsonata })}
        jsonata={jsonata}
        valueWord="Number"
        placeholder="All items"
        onChange={(changes) => setKeys(keyChanges(changes), 'Set maximum items')}
      />
    </>
  );
}
