import type { Diagnostic, JsonValue } from '../types';
import { NodeTable } from './nodeTable';

/** What one parser (JSON or YAML) produced, before `parseText` wraps it up. */
export interface SyntaxResult {
  /** Undefined when `fatal`. */
  value: JsonValue | undefined;
  /** The node table, or how to build it when a source map question first needs it. */
  table: NodeTable | (() => NodeTable);
  diagnostics: Diagnostic[];
  /** The text is too broken for its value to be trusted. */
  fatal: boolean;
  /** Nothing but whitespace and comments. */
  empty: boolean;
}

/** A result with no value and one diagnostic saying why. */
export function failedSyntax(diagnostic: Diagnostic): SyntaxResult {
  return { value: undefined, table: new NodeTable(), diagnostics: [diagnostic], fatal: true, empty: false };
}
