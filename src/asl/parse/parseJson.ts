import type { JsonValue } from '../types';
import { MAX_NESTING, nestingDiagnostic } from './diagnostics';
import { scanJson } from './jsonScan';
import type { LineIndex } from './lineIndex';
import { failedSyntax } from './syntaxResult';
import type { SyntaxResult } from './syntaxResult';
import { tableValidJson } from './tableValidJson';
import { visitJson } from './visitJson';

/**
 * Parses JSON text. Valid JSON without repeated keys (nearly every save) takes the fast path: the
 * native JSON.parse, several times faster than any visitor, and a node table built by a plain
 * character scan only when the source map is first asked. Everything else goes through the
 * jsonc-parser visitor, which explains what is wrong and where. Nesting deeper than MAX_NESTING is
 * refused before either parser recurses.
 */
export function parseJson(text: string, lines: LineIndex): SyntaxResult {
  const scan = scanJson(text, MAX_NESTING);
  if (scan.deepAt >= 0) return failedSyntax(nestingDiagnostic(lines, scan.deepAt));
  // A byte-order mark is invisible in an editor: read it as a space, which keeps every offset.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const value = nativeParse(source, scan.colons);
  if (value === undefined) return visitJson(source, lines);
  return { value, table: () => tableValidJson(source), diagnostics: [], fatal: false, empty: false };
}

/**
 * JSON.parse's value when it has nothing to report: JSON.parse keeps the last of two repeated keys
 * silently, so the keys it kept must number the colons in the text; and a number beyond the double
 * range (read as Infinity) needs a diagnostic too.
 */
function nativeParse(text: string, colons: number): JsonValue | undefined {
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
  let keys = 0;
  const stack: JsonValue[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return undefined;
    } else if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) stack.push(item[i]);
    } else if (item !== null && typeof item === 'object') {
      for (const key in item) {
        keys++;
        stack.push(item[key]);
      }
    }
  }
  return keys === colons ? value : undefined;
}
