/** Writes new JSON content in the style of the text it goes into. */
import { canonicalEntries } from '../serialize/canonicalEntries';
import type { JsonValue } from '../types';
import type { Place } from './places';

/** How a JSON text is laid out: one level of indentation and the line break. */
export interface JsonStyle {
  unit: string;
  eol: string;
}

/**
 * The indentation unit and line break of a JSON text: the leading whitespace of its first
 * indented line (a tab, 2 or 4 spaces...), two spaces when nothing is indented; CRLF when the
 * first line break is one.
 */
export function detectJsonStyle(text: string): JsonStyle {
  const firstBreak = text.indexOf('\n');
  const eol = firstBreak > 0 && text.charCodeAt(firstBreak - 1) === 13 ? '\r\n' : '\n';
  const indented = /\n([ \t]+)\S/.exec(text.length > 4096 ? text.slice(0, 4096) : text);
  return { unit: indented ? indented[1] : '  ', eol };
}

/**
 * `value` as multi-line JSON (keys in canonical order for `place`) starting mid-line at a line
 * indented by `indent`: nested lines get `indent` plus one unit, like the rest of the text.
 */
export function writeJson(value: JsonValue, place: Place | undefined, indent: string, style: JsonStyle): string {
  const out: string[] = [];
  write(value, place, indent, style, out);
  return out.join('');
}

function write(value: JsonValue, place: Place | undefined, indent: string, style: JsonStyle, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(scalar(value));
    return;
  }
  const inner = indent + style.unit;
  const items: [string | undefined, JsonValue, Place | undefined][] = Array.isArray(value)
    ? value.map((item) => [undefined, item, place])
    : canonicalEntries(value, place).filter(([, child]) => child !== undefined);
  const [open, close] = Array.isArray(value) ? '[]' : '{}';
  if (items.length === 0) {
    out.push(open + close);
    return;
  }
  out.push(open);
  items.forEach(([key, child, childPlace], i) => {
    out.push((i === 0 ? '' : ',') + style.eol + inner + (key === undefined ? '' : JSON.stringify(key) + ': '));
    write(child, childPlace, inner, style, out);
  });
  out.push(style.eol + indent + close);
}

/** `value` on one line, as people write short lists: `["States.ALL"]`, `{"a": 1, "b": 2}`. */
export function writeInline(value: JsonValue, place: Place | undefined, spaced = true): string {
  if (value === null || typeof value !== 'object') return scalar(value);
  const comma = spaced ? ', ' : ',';
  if (Array.isArray(value)) return '[' + value.map((item) => writeInline(item, place, spaced)).join(comma) + ']';
  const entries = canonicalEntries(value, place).filter(([, child]) => child !== undefined);
  return '{' + entries.map(([key, child, inner]) => JSON.stringify(key) + (spaced ? ': ' : ':') + writeInline(child, inner, spaced)).join(comma) + '}';
}

/** JSON for a scalar; like JSON.stringify, a non-finite number is `null`. */
function scalar(value: string | number | boolean | null): string {
  return typeof value === 'number' && !Number.isFinite(value) ? 'null' : JSON.stringify(value);
}
