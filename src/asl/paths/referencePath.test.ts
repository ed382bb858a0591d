import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../types';
import { AslRuntimeError } from './errors';
import { compileReferencePath, compileResultPath, setAtReferencePath } from './referencePath';

function input(): JsonObject {
  return { a: { b: 1, keep: { deep: [1, 2] } }, sibling: { untouched: true }, list: [{ x: 1 }, { x: 2 }], s: 'text' };
}

describe('setAtReferencePath', () => {
  it.each<[string, JsonValue]>([
    ['$', 'whole'],
    ['$.new', { ...input(), new: 'whole' }],
    ['$.a.b', { ...input(), a: { b: 'whole', keep: { deep: [1, 2] } } }],
    ['$.a.c.d', { ...input(), a: { b: 1, keep: { deep: [1, 2] }, c: { d: 'whole' } } }],
    ["$['a']['b']", { ...input(), a: { b: 'whole', keep: { deep: [1, 2] } } }],
    ['$.list[1].x', { ...input(), list: [{ x: 1 }, { x: 'whole' }] }],
    ['$.list[-1]', { ...input(), list: [{ x: 1 }, 'whole'] }],
  ])('writes at %s', (path, expected) => {
    expect(setAtReferencePath(input(), path, 'whole')).toEqual(expected);
  });

  it('leaves the original untouched and shares every sibling it did not walk through', () => {
    const original = input();
    const snapshot = JSON.parse(JSON.stringify(original)) as JsonValue;
    const out = setAtReferencePath(original, '$.a.b', 2) as JsonObject;
    expect(original).toEqual(snapshot);
    expect(out).not.toBe(original);
    expect(out.a).not.toBe(original.a);
    expect(out.sibling).toBe(original.sibling);
    expect(out.list).toBe(original.list);
    expect((out.a as JsonObject).keep).toBe((original.a as JsonObject).keep);
  });

  it('keeps the key order and adds a new key last, as AWS prints it', () => {
    const out = setAtReferencePath({ z: 1, a: 2 }, '$.m', 3) as JsonObject;
    expect(Object.keys(out)).toEqual(['z', 'a', 'm']);
    expect(Object.keys(setAtReferencePath({ z: 1, a: 2 }, '$.z', 3) as JsonObject)).toEqual(['z', 'a']);
  });

  it('creates the objects a path needs when the input is not an object at $', () => {
    expect(setAtReferencePath('str', '$', { r: 1 })).toEqual({ r: 1 });
  });

  it.each([
    ['$.s.x', 'x'],
    ['$.list.x', 'x'],
    ['$.list[5]', '5'],
    ['$.a.b.c', 'c'],
    ['$.missing[0]', '0'],
  ])('fails with States.ResultPathMatchFailure through a non-object: %s', (path, step) => {
    const out = setAtReferencePath(input(), path, 1);
    expect(out).toBeInstanceOf(AslRuntimeError);
    expect((out as AslRuntimeError).error).toBe('States.ResultPathMatchFailure');
    expect((out as AslRuntimeError).cause).toContain(`step "${step}"`);
    expect((out as AslRuntimeError).cause).toContain(path);
  });

  it('writes an own __proto__ key without touching the prototype', () => {
    const out = setAtReferencePath({}, '$.__proto__.x', 1) as JsonObject;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"x":1}}');
  });

  it.each(['$.a[*]', '$..a', '$$.Execution', '$var.a', "$['a','b']", 'nope'])('refuses %s as a reference path', (path) => {
    expect(() => compileReferencePath(path)).toThrow();
  });
});

describe('compileResultPath', () => {
  it('replaces the input at $', () => {
    expect(compileResultPath('$')({ a: 1 }, { r: 2 })).toEqual({ r: 2 });
  });

  it('gives the same results on its fast path as setAtReferencePath', () => {
    const write = compileResultPath('$.a.n.m');
    const original = input();
    const out = write(original, 5) as JsonObject;
    expect(out).toEqual(setAtReferencePath(input(), '$.a.n.m', 5));
    expect(out.sibling).toBe(original.sibling);
    expect(original.a).toEqual(input().a);
  });

  it('reports the failure on its fast path too', () => {
    expect(compileResultPath('$.s.x')(input(), 1)).toBeInstanceOf(AslRuntimeError);
  });
});
