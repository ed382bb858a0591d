/** Text in, diagnostics out: parse (JSON or YAML) then validate, with ranges on everything. */
import { parseText, type SourceFormat } from '../parse';
import type { Diagnostic } from '../types';
import { validate, type ValidateOptions } from './validate';

/** Counts UTF-8 bytes without allocating (AWS limits the definition in bytes). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Parses and validates a definition's text: the parser's syntax diagnostics, then (when the text
 * yields a value) the validator's, all positioned and in reading order. Never throws.
 * @example validateText('{"StartAt": "A", "States": {}}')[0].code // 'UNKNOWN_START_AT'
 */
export function validateText(
  text: string,
  format?: SourceFormat,
  options: Pick<ValidateOptions, 'workflowType'> = {},
): Diagnostic[] {
  const parsed = parseText(text, format);
  if (parsed.value === undefined) return parsed.diagnostics;
  const found = validate(parsed.value, { ...options, sourceMap: parsed.sourceMap, textLength: utf8Length(text) });
  const all = [...parsed.diagnostics, ...found];
  const offset = (d: Diagnostic) => d.range?.start.offset ?? Number.MAX_SAFE_INTEGER;
  return all.sort((a, b) => offset(a) - offset(b));
}
