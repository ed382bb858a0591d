import { describe, expect, it } from 'vitest';
import { checkIntrinsic } from './checkIntrinsic';
import { compileIntrinsic } from './compileIntrinsic';
import { INTRINSIC_NAMES } from './registry';

describe('checkIntrinsic', () => {
  it('knows all 18 intrinsic functions', () => {
    expect(INTRINSIC_NAMES).toHaveLength(18);
  });

  it.each([
    "States.Format('{} {}', $.a, $.b)",
    'States.Format($.template, $.a, $.b)',
    'States.ArrayRange(1, 9, 2)',
    'States.ArrayPartition($.l, 2)',
    "States.Hash($.d, 'SHA-256')",
    'States.Hash($.d, $.alg)',
    'States.JsonMerge($.a, $.b, false)',
    'States.MathRandom(1, 9)',
    'States.MathRandom(1, 9, 42)',
    'States.UUID()',
    'States.Array()',
  ])('accepts %s', (text) => {
    expect(checkIntrinsic(text)).toEqual([]);
  });

  it.each([
    ['States.Nope($.a)', 'UNKNOWN_INTRINSIC', 'Unknown intrinsic function States.Nope'],
    ['States.format($.a)', 'UNKNOWN_INTRINSIC', 'States.format'],
    ['States.Array(States.Nope())', 'UNKNOWN_INTRINSIC', 'States.Nope'],
    ['States.ArrayLength()', 'INTRINSIC_ARG_COUNT', 'takes exactly 1 argument(s), but 0 given'],
    ['States.MathAdd(1, 2, 3)', 'INTRINSIC_ARG_COUNT', 'exactly 2'],
    ['States.MathRandom(1)', 'INTRINSIC_ARG_COUNT', '2 to 3'],
    ['States.Format()', 'INTRINSIC_ARG_COUNT', 'at least 1'],
    ['States.UUID(1)', 'INTRINSIC_ARG_COUNT', 'exactly 0'],
    ["States.Format('{} {}', 1)", 'INTRINSIC_ARG_COUNT', '2 placeholder(s) {} but 1 value(s)'],
    ['States.Format(1)', 'INVALID_INTRINSIC', 'must be a string'],
    ["States.ArrayLength('abc')", 'INVALID_INTRINSIC', 'must be an array'],
    ["States.ArrayRange(1, 'b', 1)", 'INVALID_INTRINSIC', 'must be an integer'],
    ['States.ArrayRange(1, 2.5, 1)', 'INVALID_INTRINSIC', 'must be an integer'],
    ['States.ArrayRange(1, 9, 0)', 'INVALID_INTRINSIC', 'non-zero step'],
    ['States.ArrayPartition($.l, 0)', 'INVALID_INTRINSIC', 'positive chunk size'],
    ["States.Hash($.d, 'SHA3')", 'INVALID_INTRINSIC', "'SHA3' is not one of them"],
    ['States.JsonMerge($.a, $.b, true)', 'INVALID_INTRINSIC', 'shallow'],
    ["States.JsonMerge('a', $.b, false)", 'INVALID_INTRINSIC', 'must be an object'],
    ["States.MathAdd('1', 2)", 'INVALID_INTRINSIC', 'must be a number'],
    ["States.Base64Encode(1)", 'INVALID_INTRINSIC', 'must be a string'],
    ['States.Array(', 'INVALID_INTRINSIC', "Missing ')'"],
  ])('reports %s as %s', (text, code, fragment) => {
    const problems = checkIntrinsic(text);
    expect(problems.map((p) => p.code)).toContain(code);
    expect(problems.find((p) => p.code === code)?.message).toContain(fragment);
  });

  it('points at the offending argument', () => {
    expect(checkIntrinsic("States.MathAdd(1, 'x')")[0].offset).toBe(18);
  });

  it('refuses to compile what it reports as unknown or miscounted', () => {
    expect(() => compileIntrinsic('States.Nope()')).toThrow(expect.objectContaining({ code: 'UNKNOWN_INTRINSIC' }));
    expect(() => compileIntrinsic('States.MathAdd(1)')).toThrow(expect.objectContaining({ code: 'INTRINSIC_ARG_COUNT' }));
  });
});
