import type { JsonValue } from '../../../asl/types';
import { formatJson, isJsonataExpression, parseJsonInput } from '../model/inputs';
import type { Codec } from './codecs';

/**
 * JSONata-state values (Arguments, Output, Items): a whole `{% %}` expression typed bare, or JSON
 * (whose strings may hold expressions). Broken JSON is an error, never silently a string.
 */
export const jsonataValueCodec: Codec<JsonValue> = {
  format: (v) => (typeof v === 'string' && isJsonataExpression(v) ? v : formatJson(v)),
  parse: (text) => (isJsonataExpression(text) ? { ok: true, value: text.trim() } : parseJsonInput(text)),
};
