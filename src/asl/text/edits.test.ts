import { describe, expect, it } from 'vitest';
import { applyEdits, normalizeEdits, trimEdit } from './edits';
import { NotEditable } from './types';

describe('applyEdits', () => {
  it('applies edits given in any order, all relative to the old text', () => {
    expect(applyEdits('abcdef', [{ offset: 4, length: 1, text: 'E' }, { offset: 0, length: 2, text: 'X' }])).toBe('XcdEf');
  });

  it('inserts before replacing at the same offset', () => {
    expect(applyEdits('abc', [{ offset: 1, length: 1, text: 'Y' }, { offset: 1, length: 0, text: 'X' }])).toBe('aXYc');
  });

  it('refuses overlapping edits', () => {
    expect(() => applyEdits('abc', [{ offset: 0, length: 2, text: '' }, { offset: 1, length: 1, text: '' }])).toThrow(RangeError);
  });
});

describe('normalizeEdits', () => {
  it('merges touching edits and trims each to what changes', () => {
    const text = '"a": 1, "b": 2';
    // An insert after "a": 1 and the removal of "b" that follows it: one edit, and only `b": 2` -> `c": 3`.
    const edits = normalizeEdits(text, [{ offset: 6, length: 8, text: '' }, { offset: 6, length: 0, text: ', "c": 3' }]);
    expect(edits).toEqual([{ offset: 9, length: 5, text: 'c": 3' }]);
    expect(applyEdits(text, edits)).toBe('"a": 1, "c": 3');
  });

  it('drops edits that change nothing', () => {
    expect(normalizeEdits('abc', [{ offset: 0, length: 3, text: 'abc' }])).toEqual([]);
  });

  it('throws NotEditable for overlapping edits', () => {
    expect(() => normalizeEdits('abcd', [{ offset: 0, length: 3, text: '' }, { offset: 2, length: 2, text: '' }])).toThrow(NotEditable);
  });
});

describe('trimEdit', () => {
  it.each([
    { name: 'keeps only the changed letters', text: '"Ship"', edit: { offset: 0, length: 6, text: '"Send"' }, expected: { offset: 2, length: 3, text: 'end' } },
    { name: 'never splits a CRLF', text: 'a\r\nb', edit: { offset: 0, length: 4, text: 'a\r\r\nb' }, expected: { offset: 1, length: 2, text: '\r\r\n' } },
    { name: 'never splits a surrogate pair', text: 'x\u{1F600}', edit: { offset: 0, length: 3, text: 'x\u{1F601}' }, expected: { offset: 1, length: 2, text: '\u{1F601}' } },
  ])('$name', ({ text, edit, expected }) => {
    expect(trimEdit(text, edit)).toEqual(expected);
  });
});
