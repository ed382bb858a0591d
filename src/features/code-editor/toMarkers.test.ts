import { describe, expect, it } from 'vitest';
import { parseText } from '../../asl/parse';
import type { Diagnostic } from '../../asl/types';
import { toMarkers, type PositionSource } from './toMarkers';

/** A model stand-in: 1-based line and column of an offset, as Monaco reports them. */
function modelOf(text: string): PositionSource {
  return {
    getValueLength: () => text.length,
    getLineMaxColumn: (line) => text.split('\n')[line - 1].length + 1,
    getPositionAt(offset) {
      const before = text.slice(0, offset).split('\n');
      return { lineNumber: before.length, column: before[before.length - 1].length + 1 };
    },
  };
}

const text = '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Next": "Nowhere" } }\n}';
const at = (needle: string) => text.indexOf(needle);

describe('toMarkers', () => {
  it.each([
    ['error', 8],
    ['warning', 4],
    ['info', 2],
  ] as const)('maps severity %s to Monaco severity %i', (severity, expected) => {
    const d: Diagnostic = { code: 'X', severity, message: 'm', pointer: '' };
    expect(toMarkers([d], modelOf(text))[0].severity).toBe(expected);
  });

  it('places a diagnostic on its range, line and column as the user sees them', () => {
    const offset = at('"Nowhere"');
    const d: Diagnostic = {
      code: 'UNKNOWN_NEXT', severity: 'error', message: 'No state named Nowhere', pointer: '/States/A/Next',
      range: { start: { line: 3, column: 0, offset }, end: { line: 3, column: 0, offset: offset + 9 } },
    };
    const [marker] = toMarkers([d], modelOf(text));
    expect(marker).toMatchObject({ startLineNumber: 3, startColumn: offset - at('  "States"') + 1, endLineNumber: 3, message: 'No state named Nowhere', code: 'UNKNOWN_NEXT' });
    expect(marker.endColumn - marker.startColumn).toBe(9);
  });

  it('falls back to the source map for a diagnostic with only a pointer', () => {
    const parse = parseText(text);
    const d: Diagnostic = { code: 'X', severity: 'warning', message: 'm', pointer: '/StartAt' };
    const [marker] = toMarkers([d], modelOf(text), parse.sourceMap);
    expect(marker.startLineNumber).toBe(2);
  });

  it('draws a finding about a whole object on its key, not over every line of it', () => {
    const tall = '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass",\n      "Next": "A"\n    }\n  }\n}\n';
    const parse = parseText(tall);
    const d: Diagnostic = { code: 'NO_TERMINAL_STATE', severity: 'error', message: 'm', pointer: '/States', range: parse.sourceMap.rangeOf('/States') };
    expect(d.range!.start.line).not.toBe(d.range!.end.line);
    const [marker] = toMarkers([d], modelOf(tall), parse.sourceMap);
    expect(marker.startLineNumber).toBe(marker.endLineNumber);
    expect(tall.split('\n')[marker.startLineNumber - 1].slice(marker.startColumn - 1, marker.endColumn - 1)).toBe('"States"');
  });

  it('keeps a multi-line finding without a key to its first line', () => {
    const multi = '[\n  1,\n  2\n]';
    const d: Diagnostic = { code: 'X', severity: 'error', message: 'm', pointer: '', range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 4, column: 2, offset: multi.length } } };
    const [marker] = toMarkers([d], modelOf(multi));
    expect([marker.startLineNumber, marker.endLineNumber, marker.endColumn]).toEqual([1, 1, 2]);
  });

  it('widens an empty range to one character so it can be seen', () => {
    const d: Diagnostic = { code: 'X', severity: 'error', message: 'm', pointer: '', range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
    const [marker] = toMarkers([d], modelOf(text));
    expect([marker.startColumn, marker.endColumn]).toEqual([1, 2]);
  });
});
