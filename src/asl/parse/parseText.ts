import { detectFormat } from './detectFormat';
import { parseJson } from './parseJson';
import { parseWith } from './parseWith';
import { parseYaml } from './parseYaml';
import type { ParseResult, SourceFormat } from './types';

/**
 * Parses a definition written in JSON or YAML (detected when `format` is omitted) into a plain
 * JSON value, a source map and positioned diagnostics. Never throws. `value` is undefined when the
 * text is empty, too deeply nested or syntactically broken; it is still produced, with error
 * diagnostics, for what an editor can live with (JSON comments, trailing commas, repeated keys).
 * @example parseText('{"StartAt": "A", "States": {}}').value // { StartAt: 'A', States: {} }
 */
export function parseText(text: string, format: SourceFormat = detectFormat(text)): ParseResult {
  return parseWith(text, format, format === 'json' ? parseJson : parseYaml);
}
