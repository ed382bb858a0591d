/**
 * What the schema says at a place of a document, in the terms an editor needs: the properties an
 * object may still take, a key's documentation, the values a field offers.
 */
import { fromPointer, toPointer } from '../../asl/pointer';
import type { JsonSchema } from '../../asl/schema';
import type { JsonValue } from '../../asl/types';
import { childMatch, expand, isObject, schemasAt, valueAt, type PropertyMatch } from './schemaAt';

/** Whether a value is written as a nested mapping, a list, a single value, or either. */
export type ValueShape = 'object' | 'array' | 'scalar' | 'any';

/** What the schema says about one value (a property's, or an array item's). */
export interface ValueFacts {
  /** Markdown documentation (`markdownDescription`, else `description`). */
  description?: string;
  /** The values the schema lists: `enum`, `const`, `true`/`false` for booleans; in schema order. */
  values: JsonValue[];
  /** The schema's `examples` that are single values (strings, numbers...). */
  examples: JsonValue[];
  /** The schema's `default`, if any. */
  default?: JsonValue;
  shape: ValueShape;
  /** The JSON types allowed, e.g. ['string', 'null']. */
  types: string[];
}

/** A property the object at a pointer may take. */
export interface PropertyFacts extends ValueFacts {
  name: string;
  required: boolean;
}

const MATCH_RANK: Record<PropertyMatch, number> = { named: 0, pattern: 1, additional: 2 };

/**
 * The properties the object at `pointer` may still take (those already in `document` there are
 * left out), in schema order, with their documentation, values and default.
 * @example propertiesAt(aslSchema, '/States/A', doc).map((p) => p.name) // ['Comment', 'Next', ...] for a Pass A with Type
 */
export function propertiesAt(root: JsonSchema, pointer: string, document?: JsonValue): PropertyFacts[] {
  const facets = schemasAt(root, pointer, document);
  const here = valueAt(document, pointer);
  const present = new Set(isObject(here) ? Object.keys(here) : []);
  const names = new Set<string>();
  for (const facet of facets) for (const name of Object.keys(facet.properties ?? {})) if (!present.has(name)) names.add(name);
  const required = new Set(facets.flatMap((facet) => (Array.isArray(facet.required) ? facet.required : [])));
  return [...names].map((name) => ({ name, required: required.has(name), ...factsOf(root, facets, name, undefined) }));
}

/**
 * What the schema says about the value at `pointer` (the last segment is the key or index in its
 * parent), or undefined when the schema says nothing about that place.
 */
export function valueFactsAt(root: JsonSchema, pointer: string, document?: JsonValue): ValueFacts | undefined {
  const segments = fromPointer(pointer);
  if (segments.length === 0) return undefined;
  const parent = toPointer(segments.slice(0, -1));
  const facts = factsOf(root, schemasAt(root, parent, document), segments[segments.length - 1], valueAt(document, pointer));
  return facts.description === undefined && facts.types.length === 0 && facts.values.length === 0 ? undefined : facts;
}

/** The documentation of the key at `pointer`, for a hover. */
export function describeAt(root: JsonSchema, pointer: string, document?: JsonValue): string | undefined {
  return valueFactsAt(root, pointer, document)?.description;
}

/**
 * Facts about child `name` of an object with these facets. Where several facets define it (a
 * state's `Type` in `state` and in `taskState`), the most specific one's documentation wins: the
 * later facet, and a named property over `additionalProperties`. A property's own description
 * wins over the one of the definition it refers to.
 */
function factsOf(root: JsonSchema, facets: JsonSchema[], name: string, value: JsonValue | undefined): ValueFacts {
  const found = facets.map((facet) => childMatch(facet, name)).filter((m) => m !== undefined);
  const best = Math.min(...found.map((m) => MATCH_RANK[m.match]));
  const candidates = found.filter((m) => MATCH_RANK[m.match] === best).map((m) => m.schema);
  const specificFirst = [...candidates].reverse();
  const expansions = specificFirst.map((schema) => expand(root, schema, value));
  const all = expansions.flat();
  const description = firstDefined(expansions.map((parts) => firstDefined(parts.map(describe))));
  const types = typesOf(all);
  return {
    description,
    values: distinct(all.flatMap((s) => [...(s.const !== undefined ? [s.const] : []), ...(Array.isArray(s.enum) ? s.enum : [])]).concat(types.includes('boolean') ? [true, false] : [])),
    examples: distinct(all.flatMap((s) => (Array.isArray(s.examples) ? s.examples : [])).filter(isScalar)),
    default: firstDefined(all.map((s) => (isScalar(s.default) ? s.default : undefined))),
    shape: shapeOf(types),
    types,
  };
}

function describe(schema: JsonSchema): string | undefined {
  if (typeof schema.markdownDescription === 'string') return schema.markdownDescription;
  return typeof schema.description === 'string' ? schema.description : undefined;
}

function typesOf(parts: JsonSchema[]): string[] {
  const types = new Set<string>();
  for (const part of parts) {
    const type = part.type;
    for (const t of Array.isArray(type) ? type : type === undefined ? [] : [type]) if (typeof t === 'string') types.add(t === 'integer' ? 'number' : t);
    if (part.type === undefined && part.properties) types.add('object');
    if (part.type === undefined && part.items) types.add('array');
    for (const v of Array.isArray(part.enum) ? part.enum : part.const !== undefined ? [part.const] : []) types.add(v === null ? 'null' : typeof v);
  }
  return [...types];
}

function shapeOf(types: string[]): ValueShape {
  if (types.length === 0) return 'any';
  if (types.length === 1 && types[0] === 'object') return 'object';
  if (types.length === 1 && types[0] === 'array') return 'array';
  return types.includes('object') || types.includes('array') ? 'any' : 'scalar';
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function distinct(values: unknown[]): JsonValue[] {
  const seen = new Set<string>();
  const out: JsonValue[] = [];
  for (const value of values) {
    const key = JSON.stringify(value);
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push(value as JsonValue);
  }
  return out;
}

function firstDefined<T>(values: (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}
