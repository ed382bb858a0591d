/**
 * Writing a JSONPath payload template as JSONata `Arguments`: the same payload for a document whose
 * QueryLanguage is JSONata, where `.$` keys are not allowed (AWS: "Parameters ... are not supported
 * in JSONata states; use Arguments").
 */
import type { JsonObject, JsonValue } from '../asl/types';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `$` -> `$states.input`, `$.a.b` -> `$states.input.a.b`, `$$.Task.Token` -> `$states.context.Task.Token`. */
export function pathToJsonata(path: string, root: 'input' | 'result' = 'input'): string {
  const context = path.startsWith('$$');
  const rest = path.slice(context ? 2 : 1);
  const segments = rest.split('.').filter((s) => s !== '');
  const base = context ? '$states.context' : `$states.${root}`;
  return [base, ...segments.map((s) => (IDENTIFIER.test(s) ? s : `\`${s}\``))].join('.');
}

/** A payload template with `"key.$": "$.path"` fields turned into `"key": "{% $states.input.path %}"`. */
export function toArguments(template: JsonValue): JsonValue {
  if (Array.isArray(template)) return template.map(toArguments);
  if (template === null || typeof template !== 'object') return template;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith('.$') && typeof value === 'string') out[key.slice(0, -2)] = `{% ${pathToJsonata(value)} %}`;
    else out[key] = toArguments(value);
  }
  return out;
}
