import type { Diagnostic } from '../types';
import { detectFormat } from './detectFormat';
import { nestingDiagnostic } from './diagnostics';
import { LineIndex } from './lineIndex';
import { parseJson } from './parseJson';
import { parseYaml } from './parseYaml';
import { failedSyntax as failed } from './syntaxResult';
import type { SyntaxResult } from './syntaxResult';
import { TableSourceMap } from './tableSourceMap';
import type { ParseResult, SourceFormat } from './types';

/**
 * Parses a definition written in JSON or YAML (detected when `format` is omitted) into a plain
 * JSON value, a source map and positioned diagnostics. Never throws. `value` is undefined when the
 * text is empty, too deeply nested or syntactically broken; it is still produced, with error
 * diagnostics, for what an editor can live with (JSON comments, trailing commas, repeated keys).
 * @example parseText('{"StartAt": "A", "States": {}}').value // { StartAt: 'A', States: {} }
 */
export function parseText(text: string, format: SourceFormat = detectFormat(text)): ParseResult {
  const lines = new LineIndex(text);
  const result = safely(() => (format === 'json' ? parseJson(text, lines) : parseYaml(text, lines)), lines);
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
