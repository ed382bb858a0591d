import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../types';
import { createPathContext } from '../paths/context';
import { AslRuntimeError } from '../paths/errors';
import { compileIntrinsic } from './compileIntrinsic';

const input = {
  name: 'Ann',
  n: 5,
  f: 1.5,
  list: [1, 2, 3, 4, 5],
  mixed: [null, null, true, true, 1, 1, 1.1, 'a', 'a', [], [], { a: 1, b: 2 }, { b: 2, a: 1 }, { a: 1, b: 1 }],
  obj: { Arg1: 1, Arg2: [], s: 'x' },
  o2: { Arg2: 'b', c: 3 },
  json: '{"a": [1, 2]}',
  b64: 'RGF0YSB0byBlbmNvZGU=',
  csv: 'a,b,,c',
  big: 'x'.repeat(10001),
  tpl: 'Hello {}, you are {}',
};
const ctx = createPathContext({ contextObject: { StateMachine: { Name: 'sm-name-v2' } } });

/** [call, expected value] */
const ok: [string, JsonValue][] = [
  // States.Format
  ["States.Format('Hello, {}!', $.name)", 'Hello, Ann!'],
  ["States.Format('no placeholders')", 'no placeholders'],
  ["States.Format('{} {} {}', 1, true, null)", '1 true null'],
  ["States.Format('{}', $.obj)", '{Arg1=1, Arg2=[], s=x}'],
  ["States.Format('{}', $.list)", '[1, 2, 3, 4, 5]'],
  ["States.Format('{}', $.f)", '1.5'],
  ["States.Format('\\{\\} is literal, {} is not', 'this')", '{} is literal, this is not'],
  ["States.Format('it\\'s {}', 'ok')", "it's ok"],
  ["States.Format('back\\\\slash {}', 'x')", 'back\\slash x'],
  ['States.Format($.tpl, $.name, $.n)', 'Hello Ann, you are 5'],
  // States.StringToJson / JsonToString
  ['States.StringToJson($.json)', { a: [1, 2] }],
  ["States.StringToJson('')", null],
  ["States.StringToJson('-0')", 0],
  ["States.StringToJson('\"s\"')", 's'],
  ['States.JsonToString($.obj)', '{"Arg1":1,"Arg2":[],"s":"x"}'],
  ["States.JsonToString('HelloWorld')", '"HelloWorld"'],
  ['States.JsonToString($.f)', '1.5'],
  // Arrays
  ['States.Array()', []],
  ["States.Array(1, 'two', $.name, States.Array(true))", [1, 'two', 'Ann', [true]]],
  ['States.ArrayPartition($.list, 2)', [[1, 2], [3, 4], [5]]],
  ['States.ArrayPartition($.list, 9)', [[1, 2, 3, 4, 5]]],
  ['States.ArrayPartition(States.Array(), 3)', []],
  ['States.ArrayContains($.list, 3)', true],
  ['States.ArrayContains($.list, 9)', false],
  ['States.ArrayContains($.mixed, $.obj.Arg2)', true],
  ['States.ArrayContains(States.Array($.obj), $.obj)', true],
  ['States.ArrayRange(1, 9, 2)', [1, 3, 5, 7, 9]],
  ['States.ArrayRange(0, 9, 3)', [0, 3, 6, 9]],
  ['States.ArrayRange(5, 1, -2)', [5, 3, 1]],
  ['States.ArrayRange(5, 1, 1)', []],
  ['States.ArrayRange(1, 1000, 1)', Array.from({ length: 1000 }, (_, i) => i + 1)],
  ['States.ArrayGetItem($.list, 0)', 1],
  ['States.ArrayGetItem($.list, 4)', 5],
  ['States.ArrayLength($.list)', 5],
  ['States.ArrayLength($.mixed)', 14],
  ['States.ArrayUnique($.mixed)', [null, true, 1, 1.1, 'a', [], { a: 1, b: 2 }, { a: 1, b: 1 }]],
  // Encoding
  ["States.Base64Encode('Data to encode')", 'RGF0YSB0byBlbmNvZGU='],
  ["States.Base64Encode('')", ''],
  ["States.Base64Encode('é')", 'w6k='],
  ['States.Base64Decode($.b64)', 'Data to encode'],
  ["States.Base64Decode('w6k')", 'é'],
  // Hash
  ["States.Hash('input data', 'MD5')", '812f45842bc6d66ee14572ce20db8e86'],
  ["States.Hash('input data', 'SHA-1')", 'aaff4a450a104cd177d28d18d74485e8cae074b7'],
  ["States.Hash('input data', 'SHA-256')", 'b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3'],
  ["States.Hash('input data', 'SHA-384')", 'd28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562'],
  ["States.Hash('', 'SHA-512')", 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e'],
  // JsonMerge
  ['States.JsonMerge($.obj, $.o2, false)', { Arg1: 1, Arg2: 'b', s: 'x', c: 3 }],
  // Math
  ['States.MathAdd(1, 2)', 3],
  ['States.MathAdd($.n, -1)', 4],
  ['States.MathAdd(1.49, 1.5)', 3],
  ['States.MathAdd(-1.5, -1.51)', -3],
  ['States.MathAdd(-0.5, 0)', 0],
  ['States.MathRandom(7, 7)', 7],
  // Strings
  ["States.StringSplit($.csv, ',')", ['a', 'b', 'c']],
  ["States.StringSplit('This.is+a,test=string', '.+,=')", ['This', 'is', 'a', 'test', 'string']],
  ["States.StringSplit(',,,,', ',')", []],
  ["States.StringSplit(' ', ',')", [' ']],
  // Nesting and context
  ["States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), 0)", 'sm'],
  ["States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))", 'v2'],
  ['States.ArrayLength($.list[?(@ > 2)])', 3],
  ['States.ArrayLength($.list[?(@ > 9)])', 0],
];

/** [call, error name, fragment of the cause] */
const failing: [string, string, string][] = [
  ["States.Format('{} and {}', 'one')", 'States.IntrinsicFailure', '2 placeholder(s) {} but 1 value(s)'],
  ["States.Format('{}', 1, 2)", 'States.IntrinsicFailure', '1 placeholder(s) {} but 2 value(s)'],
  ['States.Format($.n)', 'States.IntrinsicFailure', 'must be a string'],
  ["States.StringToJson('{bad')", 'States.IntrinsicFailure', 'not valid JSON'],
  ['States.StringToJson($.n)', 'States.IntrinsicFailure', 'must be a string'],
  ['States.ArrayPartition($.name, 2)', 'States.IntrinsicFailure', 'first argument must be an array'],
  ['States.ArrayPartition($.list, 0)', 'States.IntrinsicFailure', 'positive integer'],
  ['States.ArrayPartition($.list, 1.5)', 'States.IntrinsicFailure', 'must be an integer'],
  ['States.ArrayContains($.obj, 1)', 'States.IntrinsicFailure', 'must be an array'],
  ['States.ArrayRange(1, 1001, 1)', 'States.IntrinsicFailure', 'at most 1000'],
  ['States.ArrayRange(1, 9, 0)', 'States.IntrinsicFailure', 'must not be 0'],
  ['States.ArrayRange(1.5, 9, 1)', 'States.IntrinsicFailure', 'must be an integer'],
  ['States.ArrayGetItem($.list, 5)', 'States.IntrinsicFailure', 'out of bounds'],
  ['States.ArrayGetItem($.list, -1)', 'States.IntrinsicFailure', 'out of bounds'],
  ["States.ArrayGetItem($.list, '1')", 'States.IntrinsicFailure', 'must be an integer'],
  ['States.ArrayLength($.obj)', 'States.IntrinsicFailure', 'must be an array'],
  ['States.ArrayUnique($.n)', 'States.IntrinsicFailure', 'must be an array'],
  ['States.Base64Encode($.big)', 'States.IntrinsicFailure', 'at most 10000'],
  ['States.Base64Encode($.n)', 'States.IntrinsicFailure', 'must be a string'],
  ["States.Base64Decode('not base64!')", 'States.IntrinsicFailure', 'not Base64'],
  ['States.Base64Decode($.big)', 'States.IntrinsicFailure', 'at most 10000'],
  ["States.Hash('x', 'SHA-3')", 'States.IntrinsicFailure', 'MD5, SHA-1, SHA-256, SHA-384, SHA-512'],
  ["States.Hash($.big, 'MD5')", 'States.IntrinsicFailure', 'at most 10000'],
  ['States.JsonMerge($.obj, $.o2, true)', 'States.IntrinsicFailure', 'must be false'],
  ['States.JsonMerge($.list, $.o2, false)', 'States.IntrinsicFailure', 'JSON object'],
  ["States.MathAdd('1', 2)", 'States.IntrinsicFailure', 'must be a number'],
  ['States.MathAdd(2147483648, 0)', 'States.IntrinsicFailure', 'integer range'],
  ['States.MathRandom(9, 1)', 'States.IntrinsicFailure', 'must not be greater'],
  ["States.StringSplit($.list, ',')", 'States.IntrinsicFailure', 'must be a string'],
  ['States.StringSplit($.name, 1)', 'States.IntrinsicFailure', 'second argument must be a string'],
  ['States.ArrayLength($.missing)', 'States.Runtime', "The JSONPath '$.missing' specified for the field"],
];

function run(call: string, root: JsonValue = input): JsonValue {
  return compileIntrinsic(call, { field: 'r.$' })(root, ctx);
}

describe('intrinsic functions', () => {
  it.each(ok)('%s', (call, expected) => {
    expect(run(call)).toEqual(expected);
  });

  it.each(failing)('%s fails with %s', (call, error, fragment) => {
    let thrown: unknown;
    try {
      run(call);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AslRuntimeError);
    expect((thrown as AslRuntimeError).error).toBe(error);
    expect((thrown as AslRuntimeError).cause).toContain(fragment);
  });

  it('names the field and the input when an argument path selects nothing', () => {
    expect(() => compileIntrinsic("States.Format('{}', $.x)", { field: 'msg.$' })({ a: 1 }, ctx)).toThrow(
      "The JSONPath '$.x' specified for the field 'msg.$' could not be found in the input '{\"a\":1}'",
    );
  });
});

describe('seeded intrinsics', () => {
  it('States.MathRandom stays in [start, end) and repeats with the same random', () => {
    const draw = compileIntrinsic('States.MathRandom(1, 10)');
    const a = createPathContext({ random: seq([0, 0.5, 0.999]) });
    expect([draw({}, a), draw({}, a), draw({}, a)]).toEqual([1, 5, 9]);
  });

  it('States.MathRandom rounds its bounds like Java (12.5 -> 13)', () => {
    expect(compileIntrinsic('States.MathRandom(12.5, 44.51)')({}, createPathContext({ random: () => 0 }))).toBe(13);
  });

  it('States.MathRandom with a seed gives the same number every time', () => {
    const draw = compileIntrinsic('States.MathRandom(0, 999, 3)');
    const first = draw({}, ctx);
    expect(draw({}, createPathContext({ random: () => 0.7 }))).toBe(first);
  });

  it('States.UUID is a v4 UUID drawn from the seeded random', () => {
    const uuid = compileIntrinsic('States.UUID()');
    const one = uuid({}, createPathContext({ random: seq([0.1, 0.2, 0.3]) }));
    expect(one).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuid({}, createPathContext({ random: seq([0.1, 0.2, 0.3]) }))).toBe(one);
    expect(uuid({}, createPathContext({ random: seq([0.9]) }))).not.toBe(one);
  });
});

function seq(values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length];
}
