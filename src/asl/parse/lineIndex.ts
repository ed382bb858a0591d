import type { SourceRange } from '../types';

type Position = SourceRange['start'];

/**
 * Offsets -> 1-based line and column. The table of line starts is built on first use, so a parse
 * that is never asked for a position pays nothing for it. `\r\n`, `\n` and a lone `\r` each end a
 * line, as in Monaco; columns count UTF-16 code units, as Monaco does.
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** The position of an offset (clamped to the text). */
  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo] + 1, offset: at };
  }

  /** The range between two offsets (end exclusive). */
  range(start: number, end: number): SourceRange {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const text = this.text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 0x0a) starts.push(i + 1);
      else if (ch === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    return starts;
  }
}
