/** YAML text for completions: scalars written so they read back as the same value, as Monaco snippets. */
import type { JsonValue } from '../../asl/types';
import type { PropertyFacts } from './schemaFacts';

/** Words a YAML reader (1.1 or 1.2) may take for a boolean or null, and so must be quoted as strings. */
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

/**
 * A scalar as YAML text: plain where it reads back as the same string, double-quoted (JSON
 * syntax, which YAML accepts) otherwise.
 * @example yamlScalar('arn:aws:states:::lambda:invoke') // 'arn:aws:states:::lambda:invoke'
 * @example yamlScalar('{% $states.input %}') // '"{% $states.input %}"'
 */
export function yamlScalar(value: JsonValue): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const plain =
    /^[A-Za-z_$][^#\n\r\t]*$/.test(value) &&
    !/: |:$|\s$/.test(value) &&
    !RESERVED.test(value) &&
    !/^[-+.]?\d/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Text placed literally inside a snippet (`$`, `}` and `\` would otherwise be snippet syntax). */
export function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** A choice option inside `${1|a,b|}`. */
function choiceText(text: string): string {
  return text.replace(/[\\,|$}]/g, '\\$&');
}

/**
 * The snippet a property completion inserts: `Key: ` and, where the schema says, a choice of its
 * values (the default first) or its default selected; a mapping or a list opens on the next line.
 */
export function propertySnippet(property: PropertyFacts, keyOnly = false): string {
  const key = snippetText(yamlScalar(property.name));
  if (keyOnly) return key;
  if (property.shape === 'object') return `${key}:\n  $0`;
  if (property.shape === 'array') return `${key}:\n  - $0`;
  const values = defaultFirst(property.values, property.default);
  if (values.length > 0) return `${key}: \${1|${values.map((v) => choiceText(yamlScalar(v))).join(',')}|}`;
  if (property.default !== undefined) return `${key}: \${1:${snippetText(yamlScalar(property.default))}}`;
  return `${key}: $0`;
}

/** The values with the default moved to the front (a choice snippet selects the first). */
export function defaultFirst(values: JsonValue[], fallback: JsonValue | undefined): JsonValue[] {
  const index = fallback === undefined ? -1 : values.findIndex((v) => v === fallback);
  return index <= 0 ? values : [values[index], ...values.slice(0, index), ...values.slice(index + 1)];
}
