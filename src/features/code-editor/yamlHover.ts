/** Hover documentation for the key under the mouse in a YAML definition, from the ASL schema. */
import type { ParseResult } from '../../asl/parse';
import { toPointer } from '../../asl/pointer';
import type { JsonSchema } from '../../asl/schema';
import type { JsonValue } from '../../asl/types';
import { describeAt } from './schemaFacts';
import { yamlKeyAt } from './yamlContext';

/** A hover: markdown and the offsets of the key it documents. */
export interface YamlHover {
  markdown: string;
  start: number;
  end: number;
}

/**
 * The schema's description of the key at `offset`, or null off a key (or on one the schema does
 * not know). The parse's source map places the key when the text parses; otherwise the lines'
 * indentation does. `document` picks a state's Type-specific text (defaults to the parse's value).
 */
export function yamlHover(text: string, offset: number, schema: JsonSchema, parse?: ParseResult, document: JsonValue | undefined = parse?.value): YamlHover | null {
  const key = keyAt(text, offset, parse);
  if (!key) return null;
  const markdown = describeAt(schema, key.pointer, document);
  return markdown ? { markdown, start: key.start, end: key.end } : null;
}

function keyAt(text: string, offset: number, parse: ParseResult | undefined): { pointer: string; start: number; end: number } | null {
  if (parse?.value !== undefined) {
    const pointer = parse.sourceMap.pointerAt(offset);
    const range = pointer === '' ? undefined : parse.sourceMap.keyRangeOf(pointer);
    if (range && offset >= range.start.offset && offset <= range.end.offset) return { pointer, start: range.start.offset, end: range.end.offset };
    // A parsed text whose source map puts the offset on no key: it is on a value or in a gap.
    return null;
  }
  const hit = yamlKeyAt(text, offset);
  return hit ? { pointer: toPointer(hit.path), start: hit.start, end: hit.end } : null;
}
