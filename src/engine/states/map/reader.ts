/**
 * Distributed Map ItemReader over user-supplied files (`bucket/key` -> text): S3 getObject as CSV,
 * JSON or JSON Lines, and listObjectsV2.
 */
import type { ItemReader, JsonObject, JsonValue } from '../../../asl/types';
import { StateFailure } from '../../errors';
import { csvDelimiter, parseCsv } from './csv';

const READER_FAILED = 'States.ItemReaderFailed';

/** Reads the items an ItemReader names. `params` are its evaluated Parameters / Arguments. */
export function readItems(reader: ItemReader, params: JsonValue, files: Record<string, string>, maxItems: number | null): JsonValue[] {
  const p = (typeof params === 'object' && params !== null && !Array.isArray(params) ? params : {}) as JsonObject;
  const bucket = typeof p.Bucket === 'string' ? p.Bucket : '';
  const resource = reader.Resource;
  let items: JsonValue[];
  if (/:s3:listObjectsV2$/.test(resource)) {
    const prefix = typeof p.Prefix === 'string' ? p.Prefix : '';
    items = Object.keys(files)
      .filter((k) => k.startsWith(`${bucket}/${prefix}`))
      .sort()
      .map((k) => ({ Key: k.slice(bucket.length + 1), Size: new TextEncoder().encode(files[k]).length, StorageClass: 'STANDARD' }));
  } else {
    const key = typeof p.Key === 'string' ? p.Key : '';
    const text = files[`${bucket}/${key}`];
    if (text === undefined) {
      throw new StateFailure(
        READER_FAILED,
        `The ItemReader could not read s3://${bucket}/${key}: no such file was supplied (library: pass it in the files option as '${bucket}/${key}').`,
      );
    }
    items = parseFile(text, reader, `s3://${bucket}/${key}`);
  }
  return maxItems !== null && maxItems > 0 ? items.slice(0, maxItems) : items;
}

function parseFile(text: string, reader: ItemReader, where: string): JsonValue[] {
  const cfg = reader.ReaderConfig ?? {};
  const type = cfg.InputType ?? 'JSON';
  if (type === 'JSON') {
    let v: JsonValue;
    try {
      v = JSON.parse(text) as JsonValue;
    } catch {
      throw new StateFailure(READER_FAILED, `${where} is not valid JSON.`);
    }
    if (!Array.isArray(v)) throw new StateFailure(READER_FAILED, `${where} must hold a JSON array.`);
    return v;
  }
  if (type === 'JSONL') {
    return text
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .map((l, i) => {
        try {
          return JSON.parse(l) as JsonValue;
        } catch {
          throw new StateFailure(READER_FAILED, `${where}: line ${i + 1} is not valid JSON.`);
        }
      });
  }
  if (type === 'CSV') {
    const rows = parseCsv(text, csvDelimiter(cfg.CSVDelimiter));
    let headers: string[];
    if (cfg.CSVHeaderLocation === 'GIVEN') headers = cfg.CSVHeaders ?? [];
    else headers = rows.shift() ?? [];
    return rows.map((r) => {
      const o: JsonObject = {};
      headers.forEach((h, i) => (o[h] = r[i] ?? ''));
      return o;
    });
  }
  throw new StateFailure(READER_FAILED, `ItemReader InputType '${type}' is not supported by ASL Studio yet.`);
}
