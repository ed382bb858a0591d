import { visit } from 'jsonc-parser';
import { escapeToken } from '../pointer';
import type { Diagnostic, JsonObject, JsonValue } from '../types';
import { duplicateKeyDiagnostic, nonJsonNumberDiagnostic, textDiagnostic } from './diagnostics';
import { jsonErrorMessage } from './jsonMessages';
import type { LineIndex } from './lineIndex';
import { NodeTable } from './nodeTable';
import type { SyntaxResult } from './syntaxResult';

interface Frame {
  row: number;
  container: JsonObject | JsonValue[];
  isObject: boolean;
  key: string | undefined;
  keyStart: number;
  keyEnd: number;
  count: number;
  /** Offset of a comma not yet followed by anything, or -1. */
  pendingComma: number;
}

/**
 * Parses JSON text in one jsonc-parser visitor pass that builds the value and the node table
 * together (several times faster than `parseTree` + `getNodeValue` on a 5 MB definition).
 *
 * Comments and trailing commas are tolerated by the scanner but reported as errors, because AWS
 * rejects them; the value is still produced so the editor keeps working. Any other syntax error
 * is fatal. A repeated key is reported at its second occurrence; the value keeps the last one,
 * as JSON.parse does.
 */
export function visitJson(text: string, lines: LineIndex): SyntaxResult & { table: NodeTable } {
  const table = new NodeTable();
  const diagnostics: Diagnostic[] = [];
  const stack: Frame[] = [];
  let root: JsonValue | undefined;
  let fatal = false;
  let firstError = Infinity;

  /** Adds a value to the current container; returns its row, or -1 when it has no place (after an error). */
  const place = (value: JsonValue, start: number, end: number): number => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (table.size > 0) return -1;
      root = value;
      return table.add(-1, '', start, end);
    }
    top.pendingComma = -1;
    let row: number;
    if (top.isObject) {
      if (top.key === undefined) return -1;
      setOwn(top.container as JsonObject, top.key, value);
      row = table.add(top.row, top.key, start, end, top.keyStart, top.keyEnd);
      top.key = undefined;
    } else {
      const items = top.container as JsonValue[];
      row = table.add(top.row, items.length, start, end);
      items.push(value);
    }
    top.count++;
    return row;
  };

  const open = (container: JsonObject | JsonValue[], isObject: boolean, offset: number): void => {
    const row = place(container, offset, text.length);
    stack.push({ row, container, isObject, key: undefined, keyStart: -1, keyEnd: -1, count: 0, pendingComma: -1 });
  };

  const close = (offset: number, length: number): void => {
    const frame = stack.pop();
    if (!frame) return;
    if (frame.pendingComma >= 0) {
      diagnostics.push(
        textDiagnostic(lines, 'PARSE_SYNTAX', 'Trailing comma is not allowed in JSON', frame.pendingComma, frame.pendingComma + 1),
      );
    }
    if (frame.row >= 0) table.setEnd(frame.row, offset + length);
  };

  visit(
    text,
    {
      onObjectBegin: (offset) => open({}, true, offset),
      onArrayBegin: (offset) => open([], false, offset),
      onObjectEnd: close,
      onArrayEnd: close,
      onObjectProperty: (name, offset, length) => {
        const top = stack[stack.length - 1];
        if (!top || !top.isObject) return;
        top.pendingComma = -1;
        if (Object.prototype.hasOwnProperty.call(top.container, name)) {
          const pointer = (top.row >= 0 ? table.pointerOf(top.row) : '') + '/' + escapeToken(name);
          diagnostics.push(duplicateKeyDiagnostic(lines, name, pointer, offset, offset + length));
        }
        top.key = name;
        top.keyStart = offset;
        top.keyEnd = offset + length;
      },
      onLiteralValue: (value: JsonValue, offset, length) => {
        const row = place(value, offset, offset + length);
        if (typeof value === 'number' && !Number.isFinite(value) && row >= 0) {
          diagnostics.push(nonJsonNumberDiagnostic(lines, table.pointerOf(row), text.slice(offset, offset + length), offset, offset + length));
        }
      },
      onSeparator: (character, offset) => {
        const top = stack[stack.length - 1];
        if (character === ',' && top && top.count > 0) top.pendingComma = offset;
      },
      onComment: (offset, length) => {
        diagnostics.push(
          textDiagnostic(lines, 'PARSE_SYNTAX', 'Comments are not allowed in JSON (AWS rejects them)', offset, offset + length),
        );
      },
      onError: (code, offset, length) => {
        fatal = true;
        firstError = Math.min(firstError, offset);
        diagnostics.push(textDiagnostic(lines, 'PARSE_SYNTAX', jsonErrorMessage(code), offset, offset + length));
      },
    },
    { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false },
  );
  // No value and no complaint before the end: the text held only whitespace and comments.
  const empty = table.size === 0 && firstError >= text.length;
  diagnostics.sort((a, b) => (a.range?.start.offset ?? 0) - (b.range?.start.offset ?? 0));
  return { value: fatal ? undefined : root, table, diagnostics, fatal, empty };
}

/** Sets an own property, even `__proto__` (JSON.parse makes it an ordinary key; `obj[k] = v` would not). */
export function setOwn(target: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}
