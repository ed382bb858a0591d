import { describe, expect, it } from 'vitest';
import { LineIndex } from './lineIndex';

describe('LineIndex', () => {
  it.each([
    ['first character', 'ab\ncd', 0, { line: 1, column: 1 }],
    ['line break itself ends line 1', 'ab\ncd', 2, { line: 1, column: 3 }],
    ['after \\n', 'ab\ncd', 3, { line: 2, column: 1 }],
    ['after \\r\\n', 'ab\r\ncd', 4, { line: 2, column: 1 }],
    ['after a lone \\r (Monaco counts it as a line break)', 'ab\rcd', 3, { line: 2, column: 1 }],
    ['end of text', 'ab\ncd', 5, { line: 2, column: 3 }],
    ['past the end is clamped', 'ab', 99, { line: 1, column: 3 }],
    ['columns count UTF-16 units, like Monaco', '😀x', 2, { line: 1, column: 3 }],
  ])('%s', (_name, text, offset, expected) => {
    expect(new LineIndex(text).positionAt(offset)).toEqual({ ...expected, offset: Math.min(offset, text.length) });
  });
});
