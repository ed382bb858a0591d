import { parseJson } from './parseJson';
import { parseWith } from './parseWith';
import type { ParseResult } from './types';

/**
 * {@link parseText} for JSON only: the same result for JSON text, without the YAML parser (and the
 * `yaml` library) in the import graph.
 * @example parseJsonText('{"StartAt": "A", "States": {}}').format // 'json'
 */
export function parseJsonText(text: string): ParseResult {
  return parseWith(text, 'json', parseJson);
}
