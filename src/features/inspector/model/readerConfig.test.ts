import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../asl/types';
import { manifestTypesFor, readerFields, withHeaderLocation, withInputType } from './readerConfig';

const GET = 'arn:aws:states:::s3:getObject';
const LIST = 'arn:aws:states:::s3:listObjectsV2';

describe('readerFields: the ReaderConfig fields the form shows', () => {
  it.each([
    ['CSV: header location, delimiter and an Athena manifest', { InputType: 'CSV' }, GET, ['InputType', 'CSVHeaderLocation', 'CSVDelimiter', 'ManifestType']],
    ['CSV with GIVEN headers: the column names too', { InputType: 'CSV', CSVHeaderLocation: 'GIVEN' }, GET, ['InputType', 'CSVHeaderLocation', 'CSVHeaders', 'CSVDelimiter', 'ManifestType']],
    ['JSON: nothing but the type', { InputType: 'JSON' }, GET, ['InputType']],
    ['JSONL: an Athena manifest may list JSONL files', { InputType: 'JSONL' }, GET, ['InputType', 'ManifestType']],
    ['PARQUET: an Athena manifest may list Parquet files', { InputType: 'PARQUET' }, GET, ['InputType', 'ManifestType']],
    ['MANIFEST: an inventory manifest.json, its files are CSV', { InputType: 'MANIFEST' }, GET, ['InputType', 'CSVDelimiter']],
    ['no InputType: S3_INVENTORY may be chosen', {}, GET, ['InputType', 'ManifestType']],
    ['S3_INVENTORY takes no InputType', { ManifestType: 'S3_INVENTORY' }, GET, ['ManifestType']],
    ['listObjectsV2: only MaxItems', {}, LIST, []],
    ['a field set in the code is shown even where it does not apply', { InputType: 'JSON', CSVDelimiter: 'PIPE' }, GET, ['InputType', 'CSVDelimiter']],
  ] as const)('%s', (_, config, resource, fields) => {
    expect([...readerFields(config, resource)]).toEqual(fields);
  });
});

describe('manifestTypesFor', () => {
  it.each([
    [undefined, ['S3_INVENTORY']],
    ['CSV', ['ATHENA_DATA']],
    ['JSONL', ['ATHENA_DATA']],
    ['PARQUET', ['ATHENA_DATA']],
    ['JSON', []],
    ['MANIFEST', []],
  ] as const)('InputType %s offers %j', (type, expected) => {
    expect(manifestTypesFor(type)).toEqual(expected);
  });
});

describe('withInputType: switching the format drops what no longer applies, in one edit', () => {
  it.each<[string, JsonValue | undefined, string | undefined, JsonValue | undefined]>([
    ['CSV -> JSON drops the CSV fields', { InputType: 'CSV', CSVHeaderLocation: 'GIVEN', CSVHeaders: ['a'], CSVDelimiter: 'PIPE', MaxItems: 5 }, 'JSON', { InputType: 'JSON', MaxItems: 5 }],
    ['CSV -> MANIFEST keeps the delimiter', { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW', CSVDelimiter: 'TAB' }, 'MANIFEST', { InputType: 'MANIFEST', CSVDelimiter: 'TAB' }],
    ['CSV -> PARQUET keeps an Athena manifest', { InputType: 'CSV', ManifestType: 'ATHENA_DATA' }, 'PARQUET', { InputType: 'PARQUET', ManifestType: 'ATHENA_DATA' }],
    ['CSV -> JSON drops an Athena manifest', { ManifestType: 'ATHENA_DATA', InputType: 'CSV' }, 'JSON', { InputType: 'JSON' }],
    ['JSON -> CSV adds nothing unasked', { InputType: 'JSON' }, 'CSV', { InputType: 'CSV' }],
    ['clearing the only key clears ReaderConfig', { InputType: 'JSON' }, undefined, undefined],
    ['from no ReaderConfig', undefined, 'JSONL', { InputType: 'JSONL' }],
    ['over a ReaderConfig that is not an object (typed in the code)', 'junk', 'CSV', { InputType: 'CSV' }],
  ])('%s', (_, config, type, expected) => {
    expect(withInputType(config, type)).toEqual(expected);
  });
});

describe('withHeaderLocation', () => {
  it('drops CSVHeaders when the header is no longer GIVEN', () => {
    expect(withHeaderLocation({ InputType: 'CSV', CSVHeaderLocation: 'GIVEN', CSVHeaders: ['a', 'b'] }, 'FIRST_ROW')).toEqual({ InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' });
    expect(withHeaderLocation({ InputType: 'CSV', CSVHeaderLocation: 'GIVEN', CSVHeaders: ['a'] }, undefined)).toEqual({ InputType: 'CSV' });
  });

  it('keeps the column names when GIVEN is chosen again', () => {
    expect(withHeaderLocation({ InputType: 'CSV', CSVHeaders: ['a'] }, 'GIVEN')).toEqual({ InputType: 'CSV', CSVHeaders: ['a'], CSVHeaderLocation: 'GIVEN' });
  });
});
