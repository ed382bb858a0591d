import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../asl/types';
import { compileJsonataTemplate } from './compileTemplate';
import type { JsonataBindings } from './types';

function bindingsWith(extra: Partial<JsonataBindings> = {}): JsonataBindings {
  let n = 0;
  return {
    states: { input: { arr: [0, 1, 2, 3], s: '{"Arg1": 1, "Arg2": []}' }, context: {} },
    variable: () => undefined,
    // A deterministic source: 0.1, 0.2, 0.3...
    random: () => ((n = (n + 1) % 10), n / 10),
    now: () => Date.UTC(2024, 4, 1, 12, 30, 0),
    ...extra,
  };
}

const run = (expr: string, extra?: Partial<JsonataBindings>) => compileJsonataTemplate(`{% ${expr} %}`, 'Output').evaluate(bindingsWith(extra));

async function causeOf(expr: string): Promise<string> {
  try {
    await run(expr);
  } catch (err) {
    return (err as { cause: string }).cause;
  }
  return 'no error';
}

describe('AWS JSONata functions', () => {
  it.each<[string, JsonValue]>([
    // $partition(array, size)
    ['$partition([0], 1)', [[0]]],
    ['$partition([0, 1, 2], 1)', [[0], [1], [2]]],
    ['$partition([0, 1, 2, 3], 2)', [[0, 1], [2, 3]]],
    ['$partition([0, 1, 2], 4)', [[0, 1, 2]]],
    ['$partition([1, 2, 3, 4, 5, 6, 7, 8, 9], 3)', [[1, 2, 3], [4, 5, 6], [7, 8, 9]]],
    ['$partition($states.input.arr, 3)', [[0, 1, 2], [3]]],
    // $range(start, end, step): inclusive, sequence semantics
    ['$range(0, 9, 3)', [0, 3, 6, 9]],
    ['$range(0, 10, 3)', [0, 3, 6, 9]],
    ['$range(1, 9, 2)', [1, 3, 5, 7, 9]],
    ['$range(1, 9, 9)', 1],
    ['$range(10, 0, -5)', [10, 5, 0]],
    ['$count($range(0, 999, 1))', 1000],
    // $hash(value, algorithm): lowercase hex
    ["$hash('input data', 'MD5')", '812f45842bc6d66ee14572ce20db8e86'],
    ["$hash('abc', 'SHA-1')", 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ["$hash('abc', 'SHA-256')", 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ["$hash('abc', 'SHA-384')", 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'],
    ["$hash('abc', 'SHA-512')", 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
    // $random([seed]): a seed repeats (java.util.Random), no seed uses the injected source
    ['$random(42)', 0.7275636800328681],
    ['$random(0)', 0.730967787376657],
    ['$random(42) = $random(42)', true],
    ['$random()', 0.1],
    // $parse(jsonString)
    ["$parse('-0')", 0],
    ["$parse('1.1')", 1.1],
    ["$parse('true')", true],
    ['$parse(\'"HelloWorld"\')', 'HelloWorld'],
    ["$parse('[1, 2, \"HelloWorld\"]')", [1, 2, 'HelloWorld']],
    ['$parse($states.input.s)', { Arg1: 1, Arg2: [] }],
    // $now() / $millis() read the injected clock
    ['$now()', '2024-05-01T12:30:00.000Z'],
    ["$now('[Y0001]-[M01]-[D01]')", '2024-05-01'],
    ['$millis()', Date.UTC(2024, 4, 1, 12, 30, 0)],
    ['$millis() = $millis()', true],
  ])('%s', async (expr, expected) => {
    expect(await run(expr)).toEqual(expected);
  });

  it('$uuid() is a v4 UUID drawn from the seeded source', async () => {
    const a = await run('$uuid()');
    const b = await run('$uuid()');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).toBe(b); // same seed, same id: runs replay exactly
  });

  it('$uuid() uses the engine uuid source when given', async () => {
    expect(await run('$uuid()', { uuid: () => 'fixed-id' })).toBe('fixed-id');
  });

  it('draws $random() values in definition order across a template', async () => {
    const out = await compileJsonataTemplate({ a: '{% $random() %}', b: '{% $random() %}' }, 'Output').evaluate(bindingsWith());
    expect(out).toEqual({ a: 0.1, b: 0.2 });
  });

  it.each([
    ['$eval is not available on AWS', "$eval('1 + 1')", 'T1006: Attempted to invoke a non-function'],
    ['$partition needs a positive size', '$partition([1, 2], 0)', 'positive integer'],
    ['$range with a zero step', '$range(0, 3, 0)', 'must not be 0'],
    ['$range with nothing in range', '$range(5, 1, 1)', 'returned nothing (undefined).'],
    ['$hash with an unknown algorithm', "$hash('abc', 'SHA-999')", "Unsupported hash algorithm 'SHA-999'"],
    ['$hash of a number', "$hash(1, 'MD5')", 'T0410'],
    ['$parse of invalid JSON', "$parse('{oops')", '$parse could not parse the string as JSON'],
  ])('%s', async (_name, expr, fragment) => {
    expect(await causeOf(expr)).toContain(fragment);
  });
});
