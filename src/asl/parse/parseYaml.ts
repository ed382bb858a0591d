import { Composer, Parser, isScalar } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import type { Diagnostic, JsonValue } from '../types';
import { MAX_NESTING, nestingDiagnostic, textDiagnostic } from './diagnostics';
import type { LineIndex } from './lineIndex';
import { NodeTable } from './nodeTable';
import { failedSyntax as failed } from './syntaxResult';
import type { SyntaxResult } from './syntaxResult';
import { tableYamlNodes } from './yamlNodeTable';
import { findDeepYamlNesting } from './yamlNesting';

/**
 * Parses YAML text with the `yaml` package, core schema (so `2024-01-01` and `${Placeholder}`
 * stay strings). Errors are fatal; yaml's warnings (e.g. an unresolved CloudFormation `!Ref` tag)
 * are warnings. Aliases are resolved into the value; anchored content keeps its own ranges.
 */
export function parseYaml(text: string, lines: LineIndex): SyntaxResult {
  const control = findControlCharacter(text);
  if (control >= 0) {
    const code = text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
    const message = `Control character U+${code} is not allowed in YAML (is this a binary file?)`;
    return failed(textDiagnostic(lines, 'PARSE_SYNTAX', message, control, control + 1));
  }
  const tokens = Array.from(new Parser().parse(text));
  const deep = findDeepYamlNesting(tokens, MAX_NESTING);
  if (deep >= 0) return failed(nestingDiagnostic(lines, deep));

  const composer = new Composer({ schema: 'core', uniqueKeys: false, logLevel: 'error', strict: true });
  const docs = Array.from(composer.compose(tokens, true, text.length));
  const doc = docs[0];
  const diagnostics: Diagnostic[] = [];
  const report = (error: YAMLError, severity: 'error' | 'warning') =>
    diagnostics.push(textDiagnostic(lines, 'PARSE_SYNTAX', error.message, error.pos[0], error.pos[1], { severity }));
  doc.errors.forEach((error) => report(error, 'error'));
  doc.warnings.forEach((warning) => report(warning, 'warning'));
  if (docs.length > 1) {
    const [start, end] = docs[1].range;
    diagnostics.push(textDiagnostic(lines, 'PARSE_SYNTAX', 'A definition is a single YAML document; remove the second one', start, end));
  }
  let fatal = doc.errors.length > 0 || docs.length > 1;
  if (isNothing(doc.contents) && !fatal) return { value: undefined, table: new NodeTable(), diagnostics, fatal: true, empty: true };

  const table = tableYamlNodes(doc.contents, lines, diagnostics);
  let value: JsonValue | undefined;
  try {
    value = toJson(doc);
  } catch (error) {
    fatal = true;
    diagnostics.push(textDiagnostic(lines, 'PARSE_SYNTAX', errorMessage(error), 0, 0));
  }
  // Aliases can nest anchored content inside itself again: the text passed the depth check, but
  // the value may not.
  if (value !== undefined && deeperThan(value, MAX_NESTING)) return failed(nestingDiagnostic(lines, 0));
  diagnostics.sort((a, b) => (a.range?.start.offset ?? 0) - (b.range?.start.offset ?? 0));
  return { value: fatal ? undefined : value, table, diagnostics, fatal, empty: false };
}

/**
 * YAML 1.2 forbids C0 controls other than tab and line breaks, and DEL; yaml reads them silently
 * into plain scalars, so a binary file would parse as one long string without this check.
 */
function findControlCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if ((ch < 0x20 && ch !== 0x09 && ch !== 0x0a && ch !== 0x0d) || ch === 0x7f) return i;
  }
  return -1;
}

/** No content at all: nothing, or an empty node after `---` (an explicit `null` or `~` is content). */
function isNothing(contents: Document.Parsed['contents']): boolean {
  return contents === null || (isScalar(contents) && contents.value === null && contents.source === '' && !contents.tag);
}

function toJson(doc: Document.Parsed): JsonValue {
  // maxAliasCount guards against "billion laughs" expansion; yaml throws a ReferenceError past it.
  return doc.toJS({ maxAliasCount: 100 }) as JsonValue;
}

/** Whether a value nests objects and arrays more than `limit` deep (iteratively: it may be very deep). */
function deeperThan(value: JsonValue, limit: number): boolean {
  const stack: [JsonValue, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

function errorMessage(error: unknown): string {
  if (error instanceof RangeError) return 'The YAML aliases expand to values nested too deeply';
  const text = error instanceof Error ? error.message : String(error);
  return `The YAML could not be turned into JSON: ${text}`;
}
