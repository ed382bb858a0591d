/**
 * Completions for a YAML definition, from the ASL schema: the keys a mapping may still take, the
 * values a key offers (`Type: ` lists the state types), and state names after `Next: `,
 * `Default: ` and `StartAt: `. Pure: the Monaco glue only translates the result.
 */
import { toPointer } from '../../asl/pointer';
import type { JsonSchema } from '../../asl/schema';
import type { JsonValue } from '../../asl/types';
import { isObject, resolveRef, schemasAt, valueAt } from './schemaAt';
import { describeAt, propertiesAt, valueFactsAt, type PropertyFacts, type ValueFacts } from './schemaFacts';
import { yamlCursorAt, type YamlCursor } from './yamlContext';
import { defaultFirst, propertySnippet, snippetText, yamlScalar } from './yamlSnippets';

/** One completion, in editor-neutral terms. */
export interface YamlCompletion {
  label: string;
  kind: 'property' | 'value' | 'state';
  /** Monaco snippet syntax when `snippet`, plain text otherwise. */
  insertText: string;
  snippet: boolean;
  /** Markdown. */
  documentation?: string;
  detail?: string;
  /** Orders the list (the schema's order, the default first). */
  sortText: string;
  /** The text the completion replaces, as offsets (the typed prefix and the rest of the word). */
  start: number;
  end: number;
}

/**
 * The completions at `offset` of a YAML `text`. `document` is the parsed definition (best: the
 * text without the line being typed), used to leave out keys already there, to pick a state's
 * fields by its Type and to list state names; without it only what the text's shape allows is offered.
 */
export function yamlCompletions(text: string, offset: number, schema: JsonSchema, document?: JsonValue): YamlCompletion[] {
  const cursor = yamlCursorAt(text, offset);
  if (!cursor) return [];
  if (cursor.kind === 'value') return valueCompletions(cursor, offset, schema, document);
  const container = toPointer(cursor.container);
  const properties = propertiesAt(schema, container, document);
  // A list item that is a single value (an ErrorEquals entry): offer values instead.
  if (properties.length === 0 && typeof cursor.container[cursor.container.length - 1] === 'number') {
    const facts = valueFactsAt(schema, container, document);
    return facts ? valueItems(facts, cursor, offset) : [];
  }
  const end = offset + (/^[^\s:#]*/.exec(cursor.after)?.[0].length ?? 0);
  // Renaming a key that already has its colon: replace the name only.
  const keyOnly = /^[^#]*:/.test(cursor.after);
  return properties.map((property, index) => ({
    label: property.name,
    kind: 'property',
    insertText: propertySnippet(property, keyOnly),
    snippet: true,
    documentation: propertyDocs(property),
    detail: detailOf(property),
    sortText: String(index).padStart(4, '0'),
    start: cursor.start,
    end,
  }));
}

/**
 * The text to parse for the document at `offset`: the same, less the line being typed, which
 * rarely parses yet (and, when it does, may turn its mapping into a string).
 */
export function withoutLineAt(text: string, offset: number): string {
  const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const rest = text.slice(offset).search(/\r|\n/);
  return text.slice(0, start) + (rest < 0 ? '' : text.slice(offset + rest));
}

function valueCompletions(cursor: YamlCursor, offset: number, schema: JsonSchema, document: JsonValue | undefined): YamlCompletion[] {
  const path = [...cursor.container, cursor.key!];
  const pointer = toPointer(path);
  const stateName = resolveRef(schema, '#/definitions/stateName');
  if (stateName && schemasAt(schema, pointer, document).includes(stateName)) return stateItems(path, cursor, offset, document);
  const facts = valueFactsAt(schema, pointer, document);
  // Each value documented as the schema documents that choice (`Task` by the Task state's text).
  const describe = (value: JsonValue) => describeAt(schema, pointer, withValueAt(document, path, value)) ?? facts?.description;
  return facts ? valueItems(facts, cursor, offset, describe) : [];
}

/** The names of the states a field at `path` may name: a StartAt those of its sibling States, a Next those of its own. */
function stateItems(path: (string | number)[], cursor: YamlCursor, offset: number, document: JsonValue | undefined): YamlCompletion[] {
  const scope = cursor.key === 'StartAt' ? { states: [...cursor.container, 'States'], own: undefined } : enclosingStates(path);
  if (!scope) return [];
  const states = valueAt(document, toPointer(scope.states));
  if (!isObject(states)) return [];
  const end = valueEnd(cursor, offset);
  // The state itself last: a transition to itself is allowed, but rarely meant.
  const entries = Object.entries(states).sort(([a], [b]) => Number(a === scope.own) - Number(b === scope.own));
  return entries.map(([name, state], index) => {
      const type = isObject(state) && typeof state.Type === 'string' ? state.Type : undefined;
      return {
        label: name,
        kind: 'state',
        insertText: yamlScalar(name),
        snippet: false,
        detail: type ? `${type} state` : 'state',
        documentation: isObject(state) && typeof state.Comment === 'string' ? state.Comment : undefined,
        sortText: String(index).padStart(4, '0'),
        start: cursor.start,
        end,
      };
    });
}

function valueItems(facts: ValueFacts, cursor: YamlCursor, offset: number, describe = (_value: JsonValue) => facts.description): YamlCompletion[] {
  const end = valueEnd(cursor, offset);
  // The listed values (default first), then the default and the examples when not among them.
  const offers = new Map<string, { value: JsonValue; tag?: string }>();
  const offer = (value: JsonValue, tag?: string) => {
    if (!offers.has(JSON.stringify(value))) offers.set(JSON.stringify(value), { value, tag: value === facts.default ? 'default' : tag });
  };
  for (const value of defaultFirst(facts.values, facts.default)) offer(value);
  if (facts.default !== undefined) offer(facts.default);
  for (const value of facts.examples) offer(value, 'example');
  return [...offers.values()].map(({ value, tag }, index) => ({
      label: yamlScalar(value),
      kind: 'value',
      insertText: snippetText(yamlScalar(value)),
      snippet: true,
      detail: tag,
      documentation: describe(value),
      sortText: String(index).padStart(4, '0'),
      start: cursor.start,
      end,
    }));
}

/** A copy of `document` with `value` at `path` (objects made on the way where missing). */
function withValueAt(document: JsonValue | undefined, path: (string | number)[], value: JsonValue): JsonValue {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(document) && typeof head === 'number') return document.map((item, i) => (i === head ? withValueAt(item, rest, value) : item));
  const object = isObject(document) ? document : {};
  return { ...object, [head]: withValueAt(object[head], rest, value) };
}

/** The value typed so far and the rest of it up to a comment or the end of the line. */
function valueEnd(cursor: YamlCursor, offset: number): number {
  const rest = /^[^#]*?(?=\s*(?:#|$))/.exec(cursor.after)?.[0] ?? '';
  return offset + rest.length;
}

/**
 * The States object a transition at `path` names its target in, and the state it leaves from,
 * following only the places ASL nests states (a branch cannot jump out of its branch).
 */
function enclosingStates(path: (string | number)[]): { states: (string | number)[]; own: string } | undefined {
  let found: { states: (string | number)[]; own: string } | undefined;
  let i = 0;
  while (path[i] === 'States' && i + 1 < path.length) {
    found = { states: path.slice(0, i + 1), own: String(path[i + 1]) };
    i += 2;
    if (path[i] === 'Branches' && typeof path[i + 1] === 'number') i += 2;
    else if (path[i] === 'ItemProcessor' || path[i] === 'Iterator') i += 1;
    else break;
  }
  return found;
}

function propertyDocs(property: PropertyFacts): string | undefined {
  const lines = [property.description];
  if (property.default !== undefined) lines.push(`Default: \`${yamlScalar(property.default)}\``);
  const text = lines.filter(Boolean).join('\n\n');
  return text || undefined;
}

function detailOf(property: PropertyFacts): string {
  const types = property.types.length > 0 ? property.types.join(' | ') : 'any';
  return property.required ? `${types} (required)` : types;
}
