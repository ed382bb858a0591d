/**
 * Which ItemReader.ReaderConfig fields apply to what is read (AWS "ItemReader (Map)"):
 * - InputType is CSV, JSON, JSONL, PARQUET or MANIFEST (an S3 inventory manifest.json).
 * - CSVHeaderLocation (FIRST_ROW | GIVEN) is for CSV; CSVHeaders only with GIVEN.
 * - CSVDelimiter (COMMA, PIPE, SEMICOLON, SPACE, TAB) is for CSV and MANIFEST (inventory files are CSV).
 * - ManifestType ATHENA_DATA reads an Athena UNLOAD manifest whose files are CSV, JSONL or PARQUET;
 *   ManifestType S3_INVENTORY reads an S3 inventory with no InputType ("do not specify InputType").
 * - s3:listObjectsV2 lists objects: only MaxItems applies.
 */
import type { JsonValue } from '../../../asl/types';
import { isRecord } from './isRecord';
import { withKeys } from './withKeys';

export const INPUT_TYPES = ['CSV', 'JSON', 'JSONL', 'PARQUET', 'MANIFEST'] as const;
export const CSV_DELIMITERS = ['COMMA', 'PIPE', 'SEMICOLON', 'SPACE', 'TAB'] as const;
export const MANIFEST_TYPES = ['ATHENA_DATA', 'S3_INVENTORY'] as const;

export type ReaderField = 'InputType' | 'CSVHeaderLocation' | 'CSVHeaders' | 'CSVDelimiter' | 'ManifestType';
type Config = Readonly<Record<string, JsonValue | undefined>>;

const LIST_OBJECTS = /:s3:listObjectsV2$/;
const ATHENA_FORMATS = new Set(['CSV', 'JSONL', 'PARQUET']);

/** The ManifestType values that make sense with this InputType (none for JSON and MANIFEST). */
export function manifestTypesFor(inputType: JsonValue | undefined): string[] {
  if (inputType === undefined) return ['S3_INVENTORY'];
  return typeof inputType === 'string' && ATHENA_FORMATS.has(inputType) ? ['ATHENA_DATA'] : [];
}

function applies(field: ReaderField, config: Config, listObjects: boolean): boolean {
  if (listObjects) return false;
  const type = config.InputType;
  switch (field) {
    case 'InputType':
      return config.ManifestType !== 'S3_INVENTORY';
    case 'CSVHeaderLocation':
      return type === 'CSV';
    case 'CSVHeaders':
      return type === 'CSV' && config.CSVHeaderLocation === 'GIVEN';
    case 'CSVDelimiter':
      return type === 'CSV' || type === 'MANIFEST';
    case 'ManifestType':
      return manifestTypesFor(type).length > 0;
  }
}

/**
 * The ReaderConfig fields the form shows for this reader: those that apply to the resource and
 * InputType, plus any already set (typed in the code), so nothing in the document is hidden.
 * MaxItems always applies and is not listed.
 */
export function readerFields(config: Config, resource: JsonValue | undefined): Set<ReaderField> {
  const listObjects = typeof resource === 'string' && LIST_OBJECTS.test(resource);
  const fields: ReaderField[] = ['InputType', 'CSVHeaderLocation', 'CSVHeaders', 'CSVDelimiter', 'ManifestType'];
  return new Set(fields.filter((f) => config[f] !== undefined || applies(f, config, listObjects)));
}

/**
 * The ReaderConfig after choosing an InputType: the CSV fields and a ManifestType that no longer
 * apply are removed in the same edit (so switching CSV -> JSON leaves no stray CSVDelimiter).
 */
export function withInputType(config: JsonValue | undefined, inputType: string | undefined): JsonValue | undefined {
  const next: Record<string, JsonValue | undefined> = { InputType: inputType };
  const current: Config = isRecord(config) ? config : {};
  const after = { ...current, InputType: inputType };
  for (const field of ['CSVHeaderLocation', 'CSVHeaders', 'CSVDelimiter'] as const) {
    if (!applies(field, after, false)) next[field] = undefined;
  }
  if (typeof current.ManifestType === 'string' && !manifestTypesFor(inputType).includes(current.ManifestType)) next.ManifestType = undefined;
  return withKeys(config, next);
}

/** The ReaderConfig after choosing where CSV headers come from: CSVHeaders goes unless GIVEN. */
export function withHeaderLocation(config: JsonValue | undefined, location: string | undefined): JsonValue | undefined {
  return withKeys(config, location === 'GIVEN' ? { CSVHeaderLocation: location } : { CSVHeaderLocation: location, CSVHeaders: undefined });
}
