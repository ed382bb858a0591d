/**
 * ResultWriter: writes a Distributed Map's results to the user-supplied file map, as S3 objects
 * AWS would write (`<prefix>/<run id>/manifest.json` and `SUCCEEDED_0.json`), or applies a
 * WriterConfig transformation to the state's own output.
 */
import type { JsonObject, JsonValue, ResultWriter } from '../../../asl/types';

/** One child execution's outcome as a ResultWriter records it. */
export interface ChildRecord {
  index: number;
  input: JsonValue;
  output: JsonValue | null;
  status: 'SUCCEEDED' | 'FAILED';
  error?: string | null;
  cause?: string | null;
}

/** Writes results and returns the Map's output (`{MapRunArn, ResultWriterDetails}` or the transformed results). */
export function writeResults(
  writer: ResultWriter,
  params: JsonValue,
  records: ChildRecord[],
  mapRunArn: string,
  runId: string,
  files: Record<string, string>,
): JsonValue {
  const p = (typeof params === 'object' && params !== null && !Array.isArray(params) ? params : {}) as JsonObject;
  const transformation = writer.WriterConfig?.Transformation ?? 'NONE';
  const outputs = records.filter((r) => r.status === 'SUCCEEDED').map((r) => r.output);
  if (typeof p.Bucket !== 'string') {
    if (transformation === 'FLATTEN') return outputs.flatMap((o) => (Array.isArray(o) ? o : [o]));
    return outputs;
  }
  const bucket = p.Bucket;
  const prefix = typeof p.Prefix === 'string' && p.Prefix !== '' ? `${p.Prefix.replace(/\/$/, '')}/` : '';
  const base = `${prefix}${runId}`;
  const succeeded = records.filter((r) => r.status === 'SUCCEEDED').map((r) => entry(r, mapRunArn));
  const failed = records.filter((r) => r.status === 'FAILED').map((r) => entry(r, mapRunArn));
  const results: JsonObject[] = [];
  const put = (name: string, list: JsonObject[], status: string): void => {
    if (list.length === 0) return;
    const key = `${base}/${name}`;
    files[`${bucket}/${key}`] = JSON.stringify(list);
    results.push({ Key: key, Size: files[`${bucket}/${key}`].length, Status: status });
  };
  put('SUCCEEDED_0.json', succeeded, 'SUCCEEDED');
  put('FAILED_0.json', failed, 'FAILED');
  const manifestKey = `${base}/manifest.json`;
  files[`${bucket}/${manifestKey}`] = JSON.stringify({
    DestinationBucket: bucket,
    MapRunArn: mapRunArn,
    ResultFiles: { FAILED: results.filter((r) => r.Status === 'FAILED'), PENDING: [], SUCCEEDED: results.filter((r) => r.Status === 'SUCCEEDED') },
  });
  return { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: bucket, Key: manifestKey } };
}

function entry(r: ChildRecord, mapRunArn: string): JsonObject {
  const e: JsonObject = {
    ExecutionArn: `${mapRunArn}:${r.index}`,
    Input: JSON.stringify(r.input),
    InputDetails: { Included: true },
    Name: String(r.index),
    Status: r.status,
  };
  if (r.status === 'SUCCEEDED') {
    e.Output = JSON.stringify(r.output);
    e.OutputDetails = { Included: true };
  } else {
    if (r.error) e.Error = r.error;
    if (r.cause) e.Cause = r.cause;
  }
  return e;
}
