import type { Diagnostic } from '../types';
import { nestingDiagnostic } from './diagnostics';
import { LineIndex } from './lineIndex';
import { failedSyntax as failed } from './syntaxResult';
import type { SyntaxResult } from './syntaxResult';
import { TableSourceMap } from './tableSourceMap';
import type { ParseResult, SourceFormat } from './types';

/** One format's syntax parser (parseJson, parseYaml). */
export type SyntaxParser = (text: string, lines: LineIndex) => SyntaxResult;

/**
 * Parses `text` with one format's parser and wraps the result up as {@link parseText} does. It
 * lets a caller that only needs JSON (the browser's first page) leave the YAML parser unloaded.
 */
export function parseWith(text: string, format: SourceFormat, parser: SyntaxParser): ParseResult {
  const lines = new LineIndex(text);
  const result = safely(() => parser(text, lines), lines);
  const diagnostics = result.empty ? [emptyDiagnostic(lines, text.length)] : result.diagnostics;
  return { value: result.value, format, sourceMap: new TableSourceMap(result.table, lines), diagnostics };
}

/** The pre-scans should make this unreachable; a parser bug must still not take the editor down. */
function safely(parse: () => SyntaxResult, lines: LineIndex): SyntaxResult {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RangeError) return failed(nestingDiagnostic(lines, 0));
    const message = error instanceof Error ? error.message : String(error);
    return failed({ code: 'PARSE_SYNTAX', severity: 'error', message: `The text could not be parsed: ${message}`, pointer: '', range: lines.range(0, 0) });
  }
}

function emptyDiagnostic(lines: LineIndex, length: number): Diagnostic {
  return { code: 'PARSE_EMPTY', severity: 'error', message: 'The definition is empty', pointer: '', range: lines.range(0, length) };
}
