import { childPointer } from '../../../asl/pointer';
import type { JsonValue, MapState } from '../../../asl/types';
import { textCodec, type Codec } from '../controls/codecs';
import { FormField } from '../controls/FormField';
import { GroupMessages } from '../controls/GroupMessages';
import { SelectField } from '../controls/SelectField';
import { Toggle } from '../controls/Toggle';
import { isRecord } from '../model/isRecord';
import { withKeys, withNestedKeys } from '../model/withKeys';
import type { ConfigProps } from './types';

const S3_PUT = 'arn:aws:states:::s3:putObject';
const TRANSFORMATIONS = [
  { value: 'NONE', label: 'NONE: outputs with execution metadata' },
  { value: 'COMPACT', label: 'COMPACT: the outputs only' },
  { value: 'FLATTEN', label: 'FLATTEN: outputs, arrays flattened' },
];
const OUTPUT_TYPES = [
  { value: 'JSON', label: 'JSON (one array)' },
  { value: 'JSONL', label: 'JSONL (JSON Lines)' },
];

/**
 * A distributed Map's ResultWriter. AWS takes three shapes: Resource and Parameters/Arguments
 * (export to S3 as is), WriterConfig alone (format the state output), or all of them (format and
 * export). WriterConfig needs both OutputType and Transformation.
 */
export function MapResultWriter({ selected, edit }: ConfigProps) {
  const state = selected.state as MapState;
  const argsKey = selected.queryLanguage === 'JSONata' ? 'Arguments' : 'Parameters';
  const writer = (isRecord(state.ResultWriter) ? state.ResultWriter : {}) as Record<string, JsonValue | undefined>;
  const writerArgs = (isRecord(writer[argsKey]) ? writer[argsKey] : {}) as Record<string, JsonValue | undefined>;
  const config = (isRecord(writer.WriterConfig) ? writer.WriterConfig : {}) as Record<string, JsonValue | undefined>;
  const pointer = childPointer(selected.pointer, 'ResultWriter');
  const exporting = writer.Resource !== undefined || writer.Parameters !== undefined || writer.Arguments !== undefined;
  const setExport = (on: boolean) =>
    edit.update(
      'ResultWriter',
      (current) => withKeys(current, on ? { Resource: S3_PUT, [argsKey]: { Bucket: 'my-bucket', Prefix: 'results' } } : { Resource: undefined, Parameters: undefined, Arguments: undefined }),
      on ? 'Write results to S3' : 'Stop writing results to S3',
    );
  const setFormat = (key: 'OutputType' | 'Transformation', value: string | undefined) =>
    edit.update('ResultWriter', (current) => withNestedKeys(current, 'WriterConfig', { [key]: value }), `Set result ${key === 'OutputType' ? 'output type' : 'transformation'}`);
  return (
    <>
      <Toggle label="Write results to S3" help="The child executions' results go to S3 instead of the state output." checked={exporting} onChange={setExport} />
      {exporting && (
        <>
          <FormField label="Bucket" asl="Bucket" pointer={childPointer(pointer, argsKey, 'Bucket')} value={writerArgs.Bucket} codec={textCodec as Codec<JsonValue>} onCommit={(v) => edit.set(['ResultWriter', argsKey, 'Bucket'], v)} />
          <FormField label="Prefix" asl="Prefix" pointer={childPointer(pointer, argsKey, 'Prefix')} value={writerArgs.Prefix} codec={textCodec as Codec<JsonValue>} onCommit={(v) => edit.set(['ResultWriter', argsKey, 'Prefix'], v)} />
        </>
      )}
      <div className="field-group" role="group" aria-label="Result format">
        <div className="field-group__title">
          Result format <code className="field__asl">WriterConfig</code>
        </div>
        <p className="section__note">
          Formats the results, exported or not: set both fields or neither. Without it, exported results keep their metadata
          (NONE) and the state output holds the outputs only (COMPACT).
        </p>
        <SelectField
          label="Transformation"
          asl="Transformation"
          pointer={childPointer(pointer, 'WriterConfig', 'Transformation')}
          value={config.Transformation as string | undefined}
          emptyLabel="Not set"
          options={TRANSFORMATIONS}
          onChange={(v) => setFormat('Transformation', v)}
        />
        <SelectField
          label="Output type"
          asl="OutputType"
          pointer={childPointer(pointer, 'WriterConfig', 'OutputType')}
          value={config.OutputType as string | undefined}
          emptyLabel="Not set"
          options={OUTPUT_TYPES}
          onChange={(v) => setFormat('OutputType', v)}
        />
      </div>
      <GroupMessages pointer={childPointer(pointer, 'WriterConfig')} label="Problems with WriterConfig" />
    </>
  );
}
