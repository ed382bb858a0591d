/** How each kind of field turns its value into text and back. */
import type { JsonValue } from '../../../asl/types';
import { formatJson, formatLooseValue, parseJsonInput, parseLooseValue, parseNumberInput, type NumberRules, type Parsed } from '../model/inputs';

/** Any stored value as text: strings as they are, anything else (a number where text belongs) as JSON. */
export function asText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

export interface Codec<T> {
  format(value: T | undefined): string;
  parse(text: string): Parsed<T | undefined>;
}

/** Free text; empty removes the field. */
export const textCodec: Codec<string> = {
  format: asText,
  parse: (text) => ({ ok: true, value: text === '' ? undefined : text }),
};

/** One-line text such as an ARN or a path: surrounding spaces go; empty removes the field. */
export const trimmedTextCodec: Codec<string> = {
  format: asText,
  parse: (text) => ({ ok: true, value: text.trim() === '' ? undefined : text.trim() }),
};

/** Free text that must not be empty (names, Next targets typed by hand). */
export const requiredTextCodec: Codec<string> = {
  format: asText,
  parse: (text) => (text.trim() === '' ? { ok: false, message: 'This cannot be empty.' } : { ok: true, value: text }),
};

/** A path field where `null` is meaningful (InputPath, OutputPath, ResultPath): type `null` for it. */
export const nullablePathCodec: Codec<string | null> = {
  format: (v) => (v === null ? 'null' : asText(v)),
  parse: (text) => {
    const t = text.trim();
    return { ok: true, value: t === '' ? undefined : t === 'null' ? null : t };
  },
};

/** Numbers, `${Placeholder}`s and (in JSONata states) `{% %}` expressions. */
export function numberCodec(rules: NumberRules = {}): Codec<number | string> {
  return {
    format: asText,
    parse: (text) => parseNumberInput(text, rules),
  };
}

/** A JSON document (payloads, Result, ItemSelector). */
export const jsonCodec: Codec<JsonValue> = { format: formatJson, parse: parseJsonInput };

/** JSON where it parses, text otherwise (Assign values, JSONata Output). */
export const looseCodec: Codec<JsonValue> = {
  format: formatLooseValue,
  parse: (text) => ({ ok: true, value: text.trim() === '' ? undefined : parseLooseValue(text) }),
};
