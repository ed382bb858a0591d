import type { Diagnostic, Severity } from '../types';
import type { LineIndex } from './lineIndex';

/**
 * Deepest nesting of objects and arrays a definition may have. jsonc-parser and yaml both recurse
 * once per level, and the validator and engine walk values recursively too; real definitions stay
 * well under 50 levels, so 512 refuses only hostile or generated input.
 */
export const MAX_NESTING = 512;

/** A positioned diagnostic about the text itself: the message ends with the line and column. */
export function textDiagnostic(
  lines: LineIndex,
  code: string,
  message: string,
  start: number,
  end: number,
  options: { severity?: Severity; pointer?: string } = {},
): Diagnostic {
  const range = lines.range(start, end);
  return {
    code,
    severity: options.severity ?? 'error',
    message: `${message} at line ${range.start.line}, column ${range.start.column}`,
    pointer: options.pointer ?? '',
    range,
  };
}

/** `NESTING_TOO_DEEP` at the offset where the limit was crossed. */
export function nestingDiagnostic(lines: LineIndex, offset: number): Diagnostic {
  return textDiagnostic(
    lines,
    'NESTING_TOO_DEEP',
    `Objects and arrays are nested more than ${MAX_NESTING} levels deep; the text was not parsed`,
    offset,
    offset + 1,
  );
}

/** `DUPLICATE_KEY` for the second occurrence of a key (JSON.parse would keep it silently; AWS rejects it). */
export function duplicateKeyDiagnostic(lines: LineIndex, key: string, pointer: string, start: number, end: number): Diagnostic {
  return textDiagnostic(
    lines,
    'DUPLICATE_KEY',
    `Duplicate key ${JSON.stringify(key)}: AWS rejects a definition that repeats a key in one object`,
    start,
    end,
    { pointer },
  );
}

/** A number JSON cannot carry (YAML `.inf`/`.nan`, or a JSON literal beyond the double range). */
export function nonJsonNumberDiagnostic(lines: LineIndex, pointer: string, source: string, start: number, end: number): Diagnostic {
  return textDiagnostic(lines, 'NON_JSON_NUMBER', `${source} is not a finite number, which JSON cannot represent`, start, end, {
    pointer,
  });
}
