/** ItemBatcher: groups items into batches `{ BatchInput, Items }` by count and by size. */
import type { JsonObject, JsonValue } from '../../../asl/types';
import { jsonByteLength } from '../../limits';

/**
 * Splits `items` into batches of at most `maxItems` items and `maxBytes` bytes (null: no limit).
 * @example batchItems([1, 2, 3], 2, null, undefined) // [{ Items: [1, 2] }, { Items: [3] }]
 */
export function batchItems(items: JsonValue[], maxItems: number | null, maxBytes: number | null, batchInput: JsonValue | undefined): JsonValue[] {
  const batches: JsonValue[] = [];
  let current: JsonValue[] = [];
  let bytes = 0;
  const flush = (): void => {
    if (current.length === 0) return;
    const b: JsonObject = {};
    if (batchInput !== undefined) b.BatchInput = batchInput;
    b.Items = current;
    batches.push(b);
    current = [];
    bytes = 0;
  };
  for (const item of items) {
    const size = maxBytes !== null ? jsonByteLength(item) + 1 : 0;
    if (current.length > 0 && ((maxItems !== null && current.length >= maxItems) || (maxBytes !== null && bytes + size > maxBytes))) flush();
    current.push(item);
    bytes += size;
  }
  flush();
  return batches;
}
