/** Helpers for this folder's tests (not exported from the module). */
import { parseText } from '../parse';
import type { JsonObject, JsonValue } from '../types';
import { sameJson } from './diff';
import { updateText } from './updateText';
import type { Segment, TextUpdate } from './types';

export type Format = 'json' | 'yaml';

/** `value` with `path` set to `v` (undefined: removed), copying only the containers on the way. */
export function put(value: JsonValue, path: readonly Segment[], v: JsonValue | undefined): JsonValue {
  if (path.length === 0) {
    if (v === undefined) throw new Error('cannot remove the root');
    return v;
  }
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = value.slice();
    const index = head as number;
    if (rest.length === 0 && v === undefined) copy.splice(index, 1);
    else copy[index] = put(copy[index], rest, v);
    return copy;
  }
  const object = value as JsonObject;
  const copy: JsonObject = {};
  for (const key of Object.keys(object)) {
    if (key === head && rest.length === 0 && v === undefined) continue;
    define(copy, key, key === head ? put(object[key], rest, v) : object[key]);
  }
  if (!Object.prototype.hasOwnProperty.call(copy, head) && v !== undefined) define(copy, String(head), put({}, rest, v));
  return copy;
}

/** `value` with the key `from` of the object at `path` renamed to `to`, in place. */
export function renameAt(value: JsonValue, path: readonly Segment[], from: string, to: string): JsonValue {
  const object = get(value, path) as JsonObject;
  const renamed: JsonObject = {};
  for (const key of Object.keys(object)) define(renamed, key === from ? to : key, object[key]);
  return put(value, path, renamed);
}

/** The value at `path`. */
export function get(value: JsonValue, path: readonly Segment[]): JsonValue {
  return path.reduce<JsonValue>((v, s) => (v as Record<string, JsonValue>)[s as string], value);
}

function define(object: JsonObject, key: string, v: JsonValue): void {
  Object.defineProperty(object, key, { value: v, enumerable: true, writable: true, configurable: true });
}

/** Parses `text`, applies `change` to its value and carries the result back into the text. */
export function edit(text: string, format: Format, change: (value: JsonValue) => JsonValue): TextUpdate & { next: JsonValue } {
  const previous = parse(text, format);
  const next = change(previous);
  return { ...updateText(text, format, previous, next), next };
}

/** The value a text parses to (throws when it does not). */
export function parse(text: string, format: Format): JsonValue {
  const value = parseText(text, format).value;
  if (value === undefined) throw new Error(`does not parse:\n${text}`);
  return value;
}

/** True when `text` parses to `value` (key order aside). */
export function holds(text: string, format: Format, value: JsonValue): boolean {
  const parsed = parseText(text, format).value;
  return parsed !== undefined && sameJson(parsed, value);
}

/** `text` with `from` replaced by `to`, failing loudly when `from` is not there exactly once. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
