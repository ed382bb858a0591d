/**
 * Which parts of a JSON schema apply at a JSON pointer of a document: the editor-side reading of
 * the ASL schema that drives YAML completions and hovers (Monaco's JSON service does this for JSON).
 * Pure and Monaco-free. Not a validator: it answers "what may go here", loosely where the text is
 * half typed, so an undecidable branch is left out rather than guessed.
 */
import { fromPointer } from '../../asl/pointer';
import type { JsonSchema } from '../../asl/schema';
import type { JsonObject, JsonValue } from '../../asl/types';

/** Deeper than any real schema chain of $ref/allOf: only a cyclic $ref gets this far. */
const MAX_DEPTH = 24;

/**
 * The subschemas that apply to the value at `pointer`, most general first: each `$ref` is
 * followed, `allOf` is flattened, and of `anyOf`/`oneOf` the branches the value fits (all of them
 * when it fits none or is unknown). An `if`/`then` is applied only when the value is a known
 * object: the ASL schema picks a state's fields by its `Type` that way.
 * @example schemasAt(aslSchema, '/States/Fetch/Retry/0', doc) // [retrier]
 */
export function schemasAt(root: JsonSchema, pointer: string, document?: JsonValue): JsonSchema[] {
  let value = document;
  let facets = expand(root, root, value);
  for (const segment of fromPointer(pointer)) {
    value = childValue(value, segment);
    const children = facets.map((facet) => childSchema(facet, segment)).filter((child) => child !== undefined);
    facets = unique(children.flatMap((child) => expand(root, child, value)));
    if (facets.length === 0) break;
  }
  return facets;
}

/** The value at a pointer of a document, or undefined when it is not there. */
export function valueAt(document: JsonValue | undefined, pointer: string): JsonValue | undefined {
  let value = document;
  for (const segment of fromPointer(pointer)) value = childValue(value, segment);
  return value;
}

/** How a property's schema was found in its parent: by name, by pattern, or as any other key. */
export type PropertyMatch = 'named' | 'pattern' | 'additional';

/** The schema a facet gives to its child `segment` (a property name or an array index). */
export function childSchema(facet: JsonSchema, segment: string): JsonSchema | undefined {
  return childMatch(facet, segment)?.schema;
}

/** {@link childSchema}, saying how it was found (a named property beats `additionalProperties`). */
export function childMatch(facet: JsonSchema, segment: string): { schema: JsonSchema; match: PropertyMatch } | undefined {
  const named = facet.properties?.[segment];
  if (isSchema(named)) return { schema: named, match: 'named' };
  const patterns = facet.patternProperties;
  if (isRecord(patterns)) {
    for (const [pattern, schema] of Object.entries(patterns)) if (isSchema(schema) && safeTest(pattern, segment)) return { schema, match: 'pattern' };
  }
  if (/^\d+$/.test(segment) && facet.items !== undefined) {
    const items = facet.items;
    const item = Array.isArray(items) ? (items[Number(segment)] ?? facet.additionalItems) : items;
    if (isSchema(item)) return { schema: item, match: 'named' };
  }
  if (isSchema(facet.additionalProperties)) return { schema: facet.additionalProperties, match: 'additional' };
  return undefined;
}

/** A schema and everything it pulls in for `value` ($ref, allOf, fitting anyOf/oneOf, if/then/else). */
export function expand(root: JsonSchema, schema: JsonSchema, value: JsonValue | undefined): JsonSchema[] {
  const out: JsonSchema[] = [];
  const visit = (s: unknown, depth: number) => {
    if (!isSchema(s) || depth > MAX_DEPTH) return;
    out.push(s);
    if (typeof s.$ref === 'string') visit(resolveRef(root, s.$ref), depth + 1);
    if (Array.isArray(s.allOf)) for (const part of s.allOf) visit(part, depth + 1);
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const branches = s[keyword];
      if (!Array.isArray(branches)) continue;
      const fitting = value === undefined ? branches : branches.filter((b) => fits(root, b, value, 2));
      for (const branch of fitting.length > 0 ? fitting : branches) visit(branch, depth + 1);
    }
    // A half-typed state has no Type yet: it gets no Type-specific fields rather than all of them.
    if (s.if !== undefined && isObject(value)) visit(fits(root, s.if, value, 2) ? s.then : s.else, depth + 1);
  };
  visit(schema, 0);
  return unique(out);
}

/** The schema a local `#/...` reference names, or undefined. */
export function resolveRef(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const segment of fromPointer(ref.slice(1))) node = isRecord(node) ? node[segment] : undefined;
  return isSchema(node) ? node : undefined;
}

/**
 * Whether `value` fits `schema` on the keywords that tell branches apart (type, const, enum,
 * pattern, required, and those of its properties, `depth` levels down). Anything else is assumed
 * to fit: this picks branches, it does not validate.
 */
function fits(root: JsonSchema, schema: unknown, value: JsonValue, depth: number): boolean {
  if (!isSchema(schema)) return schema !== false;
  const s = typeof schema.$ref === 'string' ? (resolveRef(root, schema.$ref) ?? schema) : schema;
  if (s.const !== undefined && !sameValue(s.const, value)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((option) => sameValue(option, value))) return false;
  if (s.type !== undefined && !typeFits(s.type, value)) return false;
  if (typeof s.pattern === 'string' && typeof value === 'string' && !safeTest(s.pattern, value)) return false;
  if (isObject(value)) {
    if (Array.isArray(s.required) && !s.required.every((key) => typeof key === 'string' && key in value)) return false;
    if (depth > 0 && s.properties) {
      for (const [key, sub] of Object.entries(s.properties)) if (key in value && !fits(root, sub, value[key], depth - 1)) return false;
    }
  }
  return true;
}

function typeFits(type: unknown, value: JsonValue): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => t === jsonType(value) || (t === 'number' && typeof value === 'number') || (t === 'integer' && Number.isInteger(value)));
}

/** The JSON Schema type name of a value ('integer' is reported as 'number'). */
export function jsonType(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function childValue(value: JsonValue | undefined, segment: string): JsonValue | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) return /^\d+$/.test(segment) ? value[Number(segment)] : undefined;
  return Object.prototype.hasOwnProperty.call(value, segment) ? value[segment] : undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));
}

function safeTest(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(text);
  } catch {
    return true;
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** A JSON schema object (booleans and other values are not). */
export function isSchema(value: unknown): value is JsonSchema {
  return isRecord(value);
}

/** A JSON object value (not an array, not null). */
export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
