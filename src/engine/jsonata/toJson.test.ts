import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../asl/types';
import { jsonTypeName, toJsonResult, UNSUPPORTED } from './toJson';

const seq = <T>(items: T[]): T[] => Object.assign(items, { sequence: true });

describe('toJsonResult', () => {
  it('strips jsonata sequence flags so later expressions see a plain array', () => {
    const out = toJsonResult(seq([1, 2]));
    expect(out).toEqual([1, 2]);
    expect(Object.prototype.hasOwnProperty.call(out, 'sequence')).toBe(false);
  });

  it('strips flags of nested sequences inside objects', () => {
    const out = toJsonResult({ a: seq([seq([1])]) }) as { a: unknown[][] };
    expect(Object.keys(out.a)).toEqual(['0']);
    expect(Object.keys(out.a[0])).toEqual(['0']);
  });

  it('keeps the identity of plain values', () => {
    const value = { a: [1, { b: 'x' }] };
    expect(toJsonResult(value)).toBe(value);
  });

  it.each([
    ['a function', () => 1],
    ['a jsonata lambda object', { _jsonata_lambda: true }],
    ['a jsonata function object', { _jsonata_function: true }],
    ['NaN', NaN],
    ['Infinity inside an array', [1, Infinity]],
    ['a RegExp', /x/],
    ['a function deep inside', { a: { b: [() => 1] } }],
  ])('refuses %s', (_name, value) => {
    expect(toJsonResult(value)).toBe(UNSUPPORTED);
  });

  it('turns -0 into 0 and drops undefined object members', () => {
    expect(Object.is(toJsonResult(-0), 0)).toBe(true);
    expect(toJsonResult({ a: undefined, b: 1 })).toEqual({ b: 1 });
  });

  it('keeps an own __proto__ key as data', () => {
    const obj = JSON.parse('{"__proto__": {"x": 1}, "y": -0}') as object;
    const out = toJsonResult(obj) as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
    expect(out.y).toBe(0);
  });
});

describe('jsonTypeName', () => {
  it.each<[JsonValue, string]>([
    [null, 'null'],
    [[], 'array'],
    [{}, 'object'],
    ['', 'string'],
    [0, 'number'],
    [false, 'boolean'],
  ])('%j is %s', (value, name) => {
    expect(jsonTypeName(value)).toBe(name);
  });
});
