import type * as Monaco from 'monaco-editor/editor';
import type { SourceMap } from '../../asl/parse';
import type { Diagnostic, Severity } from '../../asl/types';

/** Monaco's MarkerSeverity values (a const enum at runtime, so spelled out here). */
export const MARKER_SEVERITY: Record<Severity, Monaco.MarkerSeverity> = {
  error: 8 as Monaco.MarkerSeverity,
  warning: 4 as Monaco.MarkerSeverity,
  info: 2 as Monaco.MarkerSeverity,
};

/** Just enough of a Monaco model to place markers: offsets to positions. */
export interface PositionSource {
  getPositionAt(offset: number): { lineNumber: number; column: number };
  getValueLength(): number;
  getLineMaxColumn(lineNumber: number): number;
}

/**
 * Our diagnostics as Monaco markers. A diagnostic without a range is placed on the value its
 * pointer names, else on the first character; an empty range is widened to one character so
 * the squiggle shows. A finding about a whole object ("no terminal state" on `States`) would
 * underline dozens of lines: it is drawn on the object's key, or else on its first line.
 */
export function toMarkers(diagnostics: readonly Diagnostic[], model: PositionSource, sourceMap?: SourceMap): Monaco.editor.IMarkerData[] {
  const length = model.getValueLength();
  return diagnostics.map((d) => {
    let range = d.range ?? sourceMap?.keyRangeOf(d.pointer) ?? sourceMap?.rangeOf(d.pointer);
    if (range && range.start.line !== range.end.line) range = sourceMap?.keyRangeOf(d.pointer) ?? range;
    const startOffset = Math.min(range?.start.offset ?? 0, length);
    let endOffset = Math.min(range?.end.offset ?? startOffset, length);
    if (endOffset <= startOffset) endOffset = Math.min(startOffset + 1, length);
    const start = model.getPositionAt(startOffset);
    let end = model.getPositionAt(endOffset);
    if (end.lineNumber !== start.lineNumber) end = { lineNumber: start.lineNumber, column: model.getLineMaxColumn(start.lineNumber) };
    return {
      severity: MARKER_SEVERITY[d.severity],
      message: d.message,
      code: d.code,
      source: 'ASL',
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
}
