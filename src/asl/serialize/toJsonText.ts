import type { JsonValue } from '../types';
import { canonicalEntries, rootPlace } from './canonicalEntries';
import type { Place } from './canonicalEntries';
import { orderKeysExactly } from './orderKeys';

/**
 * Writes a definition as JSON the way the AWS console does: 2-space indentation, keys in
 * canonical order (payloads as the user wrote them), a trailing newline. Formats exactly like
 * `JSON.stringify(value, null, 2)` otherwise, including `null` for non-finite numbers.
 * @example toJsonText({ States: {}, StartAt: 'A' }) === '{\n  "StartAt": "A",\n  "States": {}\n}\n'
 */
export function toJsonText(value: JsonValue): string {
  // The native writer is about 10x faster; it serves whenever plain objects can hold the order.
  const ordered = orderKeysExactly(value);
  if (ordered !== undefined) return JSON.stringify(ordered, null, 2) + '\n';
  const out: string[] = [];
  write(value, rootPlace(value), '', out);
  out.push('\n');
  return out.join('');
}

function write(value: JsonValue | undefined, place: Place | undefined, indent: string, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push('[]');
      return;
    }
    out.push('[\n');
    value.forEach((item, i) => {
      out.push(i === 0 ? inner : ',\n' + inner);
      write(item, place, inner, out);
    });
    out.push('\n' + indent + ']');
    return;
  }
  // Like JSON.stringify, skip keys whose value JSON cannot hold (undefined sneaking in from callers).
  const entries = canonicalEntries(value, place).filter(([, child]) => child !== undefined);
  if (entries.length === 0) {
    out.push('{}');
    return;
  }
  out.push('{\n');
  entries.forEach(([key, child, childPlace], i) => {
    out.push((i === 0 ? inner : ',\n' + inner) + JSON.stringify(key) + ': ');
    write(child, childPlace, inner, out);
  });
  out.push('\n' + indent + '}');
}
