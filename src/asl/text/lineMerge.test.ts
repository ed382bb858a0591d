import { describe, expect, it } from 'vitest';
import { applyEdits } from './edits';
import { matchLines } from './lineDiff';
import { mergeLine, mergeLines } from './lineMerge';

describe('matchLines', () => {
  it.each([
    { a: ['a', 'b', 'c'], b: ['a', 'c'], expected: [0, -1, 1] },
    { a: ['a', 'c'], b: ['a', 'b', 'c'], expected: [0, 2] },
    { a: ['x', 'a', 'y', 'b'], b: ['a', 'z', 'b', 'w'], expected: [-1, 0, -1, 2] },
    { a: [], b: ['a'], expected: [] },
  ])('$a vs $b', ({ a, b, expected }) => {
    expect([...matchLines(a, b)]).toEqual(expected);
  });

  it('past the change limit matches only the common head and tail', () => {
    expect([...matchLines(['h', '1', '2', 't'], ['h', '2', '1', 't'], 0)]).toEqual([0, -1, -1, 3]);
  });
});

describe('mergeLine', () => {
  it.each([
    { name: 'keeps extra spaces before a comment', a: 'x: 1  # c', b: 'x: 1 # c', c: 'x: 2 # c', expected: 'x: 2  # c' },
    { name: 'keeps the user\'s flow spacing after the change', a: 'k: v # a  b', b: 'k: v # a b', c: 'K: v # a b', expected: 'K: v # a  b' },
    { name: 'keeps noise before the change', a: 'a:  [x, y]', b: 'a: [x, y]', c: 'a: [x, z]', expected: 'a:  [x, z]' },
    { name: 'takes the printed line when the change meets the noise', a: 'a: {x: 1}', b: 'a: { x: 1 }', c: 'a: { x: 2 }', expected: 'a: { x: 2 }' },
  ])('$name', ({ a, b, c, expected }) => {
    expect(mergeLine(a, b, c)).toBe(expected);
  });
});

describe('mergeLines', () => {
  it('applies the printed change to the original and leaves differently printed lines alone', () => {
    const original = 'a:   1\nb: 2\nc:   3\n';
    const edits = mergeLines(original, 'a: 1\nb: 2\nc: 3\n', 'a: 1\nb: 20\nc: 3\n').edits;
    expect(applyEdits(original, edits)).toBe('a:   1\nb: 20\nc:   3\n');
  });

  it('writes new lines with CRLF in a CRLF text and keeps a missing final newline', () => {
    const original = 'a: 1\r\nb: 2';
    const edits = mergeLines(original, 'a: 1\nb: 2\n', 'a: 1\nx: 0\nb: 2\n').edits;
    expect(applyEdits(original, edits)).toBe('a: 1\r\nx: 0\r\nb: 2');
  });

  it('removes the last lines with the line break before them', () => {
    const original = 'a: 1\nb: 2';
    expect(applyEdits(original, mergeLines(original, 'a: 1\nb: 2\n', 'a: 1\n').edits)).toBe('a: 1');
  });
});
