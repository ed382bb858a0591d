import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../asl/text';
import { diffText } from './textDiff';

describe('diffText: one minimal replacement', () => {
  it.each([
    ['an insertion', 'abcdef', 'abcXYdef', { offset: 3, length: 0, text: 'XY' }],
    ['a deletion', 'abcdef', 'abef', { offset: 2, length: 2, text: '' }],
    ['a replacement', '"Next": "A"', '"Next": "B"', { offset: 9, length: 1, text: 'B' }],
    ['repeated characters', 'aaa', 'aaaa', { offset: 3, length: 0, text: 'a' }],
    ['everything', 'abc', 'xyz', { offset: 0, length: 3, text: 'xyz' }],
    ['to empty', 'abc', '', { offset: 0, length: 3, text: '' }],
  ])('%s', (_label, before, after, expected) => {
    const edit = diffText(before, after);
    expect(edit).toEqual(expected);
    expect(applyEdits(before, [edit!])).toBe(after);
  });

  it('returns null for equal texts', () => {
    expect(diffText('same', 'same')).toBeNull();
  });

  it('keeps surrogate pairs whole', () => {
    const edit = diffText('a😀b', 'a😁b')!;
    expect(edit.text).toBe('😁');
    expect(applyEdits('a😀b', [edit])).toBe('a😁b');
  });
});
