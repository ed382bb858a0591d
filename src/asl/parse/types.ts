import type { Diagnostic, JsonValue, SourceRange } from '../types';

/** The two notations a definition can be written in. */
export type SourceFormat = 'json' | 'yaml';

/**
 * Where each value of a parsed definition sits in its text. Pointers are RFC 6901 JSON pointers
 * (`''` is the whole document, `/States/Fetch/Next` a field of a state).
 */
export interface SourceMap {
  /** Range of the value at a JSON pointer ('' = whole document). */
  rangeOf(pointer: string): SourceRange | undefined;
  /** Range of the property key for the pointer (for highlighting a state name), if it is a property. */
  keyRangeOf(pointer: string): SourceRange | undefined;
  /** Deepest pointer whose value range contains the offset (cursor -> state). */
  pointerAt(offset: number): string;
}

/** What `parseText` returns: the value (undefined when the text is too broken to use), and why. */
export interface ParseResult {
  value: JsonValue | undefined;
  format: SourceFormat;
  sourceMap: SourceMap;
  diagnostics: Diagnostic[];
}
