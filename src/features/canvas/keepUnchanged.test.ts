import { describe, expect, it } from 'vitest';
import { keepUnchanged } from './keepUnchanged';

const item = (id: string, x = 0, label = id) => ({ id, position: { x, y: 0 }, data: { label, tags: [label] } });

describe('keepUnchanged', () => {
  it('returns the previous array when every item is deep-equal and in the same order', () => {
    const previous = [item('a'), item('b')];
    expect(keepUnchanged(previous, [item('a'), item('b')])).toBe(previous);
  });

  it('keeps the objects of unchanged items and takes the changed and the new ones', () => {
    const previous = [item('a'), item('b'), item('c')];
    const next = [item('a'), item('b', 10), item('d')];
    const out = keepUnchanged(previous, next);
    expect(out).not.toBe(previous);
    expect(out[0]).toBe(previous[0]);
    expect(out[1]).toBe(next[1]);
    expect(out[2]).toBe(next[2]);
  });

  it('sees a change deep inside an item', () => {
    const previous = [item('a')];
    const next = [item('a', 0, 'renamed')];
    expect(keepUnchanged(previous, next)[0]).toBe(next[0]);
  });

  it('gives a new array when only the order changed, with the same objects', () => {
    const previous = [item('a'), item('b')];
    const out = keepUnchanged(previous, [item('b'), item('a')]);
    expect(out).not.toBe(previous);
    expect(out).toEqual([previous[1], previous[0]]);
    expect(out[0]).toBe(previous[1]);
  });
});
