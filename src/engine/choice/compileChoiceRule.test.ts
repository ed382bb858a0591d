import { describe, expect, it } from 'vitest';
import { createPathContext } from '../../asl/paths/context';
import type { ChoiceRule, JsonValue } from '../../asl/types';
import { ChoiceCompileError } from './ChoiceCompileError';
import { compileChoiceRule } from './compileChoiceRule';

const ctx = createPathContext({
  contextObject: { Execution: { Name: 'exec-1' }, State: { RetryCount: 0 } },
  variables: { limit: 10, user: { name: 'ana', admin: true } },
});

const INVALID = (path: string) => `Invalid path '${path}': The choice state's condition path references an invalid value.`;

/** [what is checked, rule, input, expected result or the cause of the States.Runtime failure] */
type Row = [string, ChoiceRule, JsonValue, boolean | { cause: string }];
const v = (op: string, operand: JsonValue, path = '$.v'): ChoiceRule => ({ Variable: path, [op]: operand });

const rows: Row[] = [
  // String comparisons
  ['StringEquals same text', v('StringEquals', 'abc'), { v: 'abc' }, true],
  ['StringEquals different text', v('StringEquals', 'abc'), { v: 'abd' }, false],
  ['StringEquals is case sensitive', v('StringEquals', 'abc'), { v: 'ABC' }, false],
  ['StringEquals keeps whitespace', v('StringEquals', '\t\r\n'), { v: '\t\n' }, false],
  ['StringEquals on a number is false', v('StringEquals', '1'), { v: 1 }, false],
  ['StringEquals on null is false', v('StringEquals', 'null'), { v: null }, false],
  ['StringEquals on an array is false', v('StringEquals', ''), { v: [] }, false],
  ['StringLessThan by code unit', v('StringLessThan', 'b'), { v: 'a' }, true],
  ['StringLessThan prefix is smaller', v('StringLessThan', 'AB'), { v: 'A' }, true],
  ['StringLessThan uppercase sorts before lowercase', v('StringLessThan', 'a'), { v: 'Z' }, true],
  ['StringLessThan equal is false', v('StringLessThan', ''), { v: '' }, false],
  ['StringGreaterThan longer string', v('StringGreaterThan', 'A'), { v: 'AB' }, true],
  ['StringGreaterThan shorter string', v('StringGreaterThan', 'A '), { v: 'A' }, false],
  ['StringLessThanEquals equal', v('StringLessThanEquals', 'x'), { v: 'x' }, true],
  ['StringGreaterThanEquals equal empty', v('StringGreaterThanEquals', ''), { v: '' }, true],
  ['StringGreaterThanEquals on boolean is false', v('StringGreaterThanEquals', ''), { v: true }, false],
  ['StringLessThan by UTF-16 unit: an emoji sorts before U+FFFF', v('StringLessThan', '\uffff'), { v: '\u{1F600}' }, true],
  ['StringEqualsPath equal values', v('StringEqualsPath', '$.w'), { v: 'a', w: 'a' }, true],
  ['StringEqualsPath different values', v('StringEqualsPath', '$.w'), { v: ' ', w: '     ' }, false],
  ['StringEqualsPath operand not a string is false', v('StringEqualsPath', '$.w'), { v: '1', w: 1 }, false],
  ['StringLessThanPath', v('StringLessThanPath', '$.w'), { v: 'A', w: 'AB' }, true],
  ['StringGreaterThanPath', v('StringGreaterThanPath', '$.w'), { v: 'A', w: 'A\t' }, false],
  ['StringLessThanEqualsPath', v('StringLessThanEqualsPath', '$.w'), { v: 'AB', w: 'A' }, false],
  ['StringGreaterThanEqualsPath', v('StringGreaterThanEqualsPath', '$.w'), { v: '', w: '' }, true],
  // StringMatches
  ['StringMatches prefix wildcard', v('StringMatches', 'log-*'), { v: 'log-1.txt' }, true],
  ['StringMatches suffix wildcard', v('StringMatches', '*.txt'), { v: 'a.txt' }, true],
  ['StringMatches middle wildcard', v('StringMatches', 'log-*.txt'), { v: 'log-.txt' }, true],
  ['StringMatches no match', v('StringMatches', 'log-*.txt'), { v: 'log-1.csv' }, false],
  ['StringMatches escaped star is literal', v('StringMatches', 'a\\*b'), { v: 'a*b' }, true],
  ['StringMatches escaped star does not glob', v('StringMatches', 'a\\*b'), { v: 'axxb' }, false],
  ['StringMatches on a number is false', v('StringMatches', '*'), { v: 1 }, false],
  // Numeric comparisons
  ['NumericEquals int', v('NumericEquals', 0), { v: 0 }, true],
  ['NumericEquals int vs float', v('NumericEquals', 1), { v: 1.0 }, true],
  ['NumericEquals different', v('NumericEquals', 0), { v: 1.1 }, false],
  ['NumericEquals on a numeric string is false', v('NumericEquals', 1), { v: '1' }, false],
  ['NumericEquals on true is false', v('NumericEquals', 1), { v: true }, false],
  ['NumericEquals on null is false', v('NumericEquals', 0), { v: null }, false],
  ['NumericEquals on an object is false', v('NumericEquals', 0), { v: { A: 0 } }, false],
  ['NumericLessThan', v('NumericLessThan', 1), { v: 0.5 }, true],
  ['NumericLessThan equal is false', v('NumericLessThan', 1), { v: 1 }, false],
  ['NumericLessThan negative', v('NumericLessThan', -1), { v: -2 }, true],
  ['NumericGreaterThan', v('NumericGreaterThan', 1), { v: 1.0001 }, true],
  ['NumericGreaterThan equal is false', v('NumericGreaterThan', 0), { v: 0 }, false],
  ['NumericLessThanEquals equal', v('NumericLessThanEquals', 1), { v: 1 }, true],
  ['NumericGreaterThanEquals greater', v('NumericGreaterThanEquals', 0), { v: 1 }, true],
  ['NumericGreaterThanEquals smaller', v('NumericGreaterThanEquals', 1), { v: 0 }, false],
  ['NumericEqualsPath equal', v('NumericEqualsPath', '$.w'), { v: 0, w: 0.0 }, true],
  ['NumericEqualsPath operand is a string', v('NumericEqualsPath', '$.w'), { v: 0, w: '0' }, false],
  ['NumericLessThanPath', v('NumericLessThanPath', '$.w'), { v: 0, w: 1 }, true],
  ['NumericGreaterThanPath', v('NumericGreaterThanPath', '$.w'), { v: 1, w: 1 }, false],
  ['NumericLessThanEqualsPath', v('NumericLessThanEqualsPath', '$.w'), { v: 0, w: 0 }, true],
  ['NumericGreaterThanEqualsPath', v('NumericGreaterThanEqualsPath', '$.w'), { v: 1, w: 0 }, true],
  // Boolean
  ['BooleanEquals true', v('BooleanEquals', true), { v: true }, true],
  ['BooleanEquals false', v('BooleanEquals', false), { v: false }, true],
  ['BooleanEquals mismatch', v('BooleanEquals', true), { v: false }, false],
  ['BooleanEquals on 0 is false', v('BooleanEquals', false), { v: 0 }, false],
  ['BooleanEquals on "true" is false', v('BooleanEquals', true), { v: 'true' }, false],
  ['BooleanEqualsPath equal', v('BooleanEqualsPath', '$.w'), { v: false, w: false }, true],
  ['BooleanEqualsPath operand is 1', v('BooleanEqualsPath', '$.w'), { v: true, w: 1 }, false],
  // Timestamps
  ['TimestampEquals same instant', v('TimestampEquals', '2012-10-09T19:00:55Z'), { v: '2012-10-09T19:00:55Z' }, true],
  ['TimestampEquals across offsets', v('TimestampEquals', '2012-10-09T19:00:55Z'), { v: '2012-10-09T20:00:55+01:00' }, true],
  ['TimestampEquals with fraction', v('TimestampEquals', '2012-10-09T19:00:55Z'), { v: '2012-10-09T19:00:55.000Z' }, true],
  ['TimestampEquals one second apart', v('TimestampEquals', '2012-10-09T19:00:56Z'), { v: '2012-10-09T19:00:55Z' }, false],
  ['TimestampEquals without offset is no timestamp', v('TimestampEquals', '2012-10-09T19:00:55Z'), { v: '2012-10-09T19:00:55' }, false],
  ['TimestampEquals on a number is false', v('TimestampEquals', '2012-10-09T19:00:55Z'), { v: 1 }, false],
  ['TimestampLessThan', v('TimestampLessThan', '2012-10-09T19:00:56Z'), { v: '2012-10-09T19:00:55Z' }, true],
  ['TimestampLessThan by nanoseconds', v('TimestampLessThan', '2012-10-09T19:00:55.000000002Z'), { v: '2012-10-09T19:00:55.000000001Z' }, true],
  ['TimestampGreaterThan', v('TimestampGreaterThan', '2012-10-09T19:00:55Z'), { v: '2012-10-09T19:00:56Z' }, true],
  ['TimestampLessThanEquals equal', v('TimestampLessThanEquals', '2012-10-09T19:00:55Z'), { v: '2012-10-09T19:00:55Z' }, true],
  ['TimestampGreaterThanEquals earlier', v('TimestampGreaterThanEquals', '2012-10-09T19:00:56Z'), { v: '2012-10-09T19:00:55Z' }, false],
  ['TimestampEqualsPath', v('TimestampEqualsPath', '$.w'), { v: '2012-10-09T19:00:55Z', w: '2012-10-09T19:00:55Z' }, true],
  ['TimestampLessThanPath operand not a timestamp', v('TimestampLessThanPath', '$.w'), { v: '2012-10-09T19:00:55Z', w: 'soon' }, false],
  ['TimestampGreaterThanPath', v('TimestampGreaterThanPath', '$.w'), { v: '2012-10-09T19:00:55Z', w: '2012-10-09T19:00:56Z' }, false],
  ['TimestampLessThanEqualsPath', v('TimestampLessThanEqualsPath', '$.w'), { v: '2012-10-09T19:00:56Z', w: '2012-10-09T19:00:55Z' }, false],
  ['TimestampGreaterThanEqualsPath', v('TimestampGreaterThanEqualsPath', '$.w'), { v: '2012-10-09T19:00:56Z', w: '2012-10-09T19:00:55Z' }, true],
  // Type tests
  ['IsNull on null', v('IsNull', true), { v: null }, true],
  ['IsNull on empty string', v('IsNull', true), { v: '' }, false],
  ['IsNull false on 0', v('IsNull', false), { v: 0 }, true],
  ['IsNumeric on 0.0', v('IsNumeric', true), { v: 0.0 }, true],
  ['IsNumeric on a numeric string', v('IsNumeric', true), { v: '1' }, false],
  ['IsNumeric false on boolean', v('IsNumeric', false), { v: false }, true],
  ['IsString on empty string', v('IsString', true), { v: '' }, true],
  ['IsString on a timestamp string', v('IsString', true), { v: '2012-10-09T19:00:55Z' }, true],
  ['IsString false on array', v('IsString', false), { v: [''] }, true],
  ['IsBoolean on false', v('IsBoolean', true), { v: false }, true],
  ['IsBoolean on 1', v('IsBoolean', true), { v: 1 }, false],
  ['IsTimestamp on Z timestamp', v('IsTimestamp', true), { v: '2016-03-14T01:59:00Z' }, true],
  ['IsTimestamp on offset timestamp', v('IsTimestamp', true), { v: '2016-03-14T01:59:00-08:00' }, true],
  ['IsTimestamp on a date alone', v('IsTimestamp', true), { v: '2023-02-24' }, false],
  ['IsTimestamp false on lowercase t', v('IsTimestamp', false), { v: '2016-03-14t01:59:00Z' }, true],
  ['IsPresent on null value', v('IsPresent', true), { v: null }, true],
  ['IsPresent on a missing key', v('IsPresent', true), {}, false],
  ['IsPresent false on a missing key', v('IsPresent', false), {}, true],
  ['IsPresent on a missing array index', v('IsPresent', true, '$.a[3]'), { a: [1] }, false],
  ['IsPresent through a scalar', v('IsPresent', true, '$.a.b'), { a: 'x' }, false],
  // Missing paths fail the execution (States.Runtime)
  ['NumericEquals on a missing path', v('NumericEquals', 1, '$.x'), {}, { cause: INVALID('$.x') }],
  ['IsNull on a missing path', v('IsNull', true, '$.x'), {}, { cause: INVALID('$.x') }],
  ['StringMatches on a missing path', v('StringMatches', '*', '$.x.y'), { x: {} }, { cause: INVALID('$.x.y') }],
  ['...Path operand missing', v('NumericEqualsPath', '$.right'), { v: 8 }, { cause: INVALID('$.right') }],
  ['Variable missing is reported before the operand', v('StringEqualsPath', '$.w', '$.x'), {}, { cause: INVALID('$.x') }],
  ['an unset variable', v('NumericEquals', 1, '$nope'), {}, { cause: INVALID('$nope') }],
  // Roots: $$ and variables
  ['$$ context object', v('StringEquals', 'exec-1', '$$.Execution.Name'), {}, true],
  ['$variable', v('NumericGreaterThan', 5, '$limit'), {}, true],
  ['$variable.field', v('BooleanEquals', true, '$user.admin'), {}, true],
  ['operand path on a variable', v('NumericLessThanPath', '$limit'), { v: 3 }, true],
  ['whole input $', v('StringEquals', 'hi', '$'), 'hi', true],
  ['bracket notation', v('NumericEquals', 2, "$['a b'][1]"), { 'a b': [1, 2] }, true],
  // Nesting
  ['And all true', { And: [v('NumericGreaterThanEquals', 20), v('NumericLessThan', 30)] }, { v: 22 }, true],
  ['And one false', { And: [v('NumericGreaterThanEquals', 20), v('NumericLessThan', 30)] }, { v: 30 }, false],
  ['And with a single rule', { And: [v('StringEquals', 'Public')] }, { v: 'Public' }, true],
  ['Or any true', { Or: [v('StringEquals', 'a'), v('StringEquals', 'b')] }, { v: 'b' }, true],
  ['Or none true', { Or: [v('StringEquals', 'a'), v('StringEquals', 'b')] }, { v: 'c' }, false],
  ['Not', { Not: v('StringEquals', 'Private') }, { v: 'Public' }, true],
  ['Not Not', { Not: { Not: v('IsNull', true) } }, { v: null }, true],
  ['And guards a missing path with IsPresent', { And: [v('IsPresent', true, '$.x'), v('StringEquals', 'foo', '$.x')] }, {}, false],
  ['Or stops at the first true rule', { Or: [v('IsPresent', false, '$.x'), v('StringEquals', 'foo', '$.x')] }, {}, true],
  ['And reaches a missing path', { And: [v('IsNull', false), v('NumericEquals', 1, '$.x')] }, { v: 1 }, { cause: INVALID('$.x') }],
  ['Not over a missing path still fails', { Not: v('NumericEquals', 1, '$.x') }, {}, { cause: INVALID('$.x') }],
  ['Or inside And inside Not', { Not: { And: [v('IsString', true), { Or: [v('StringEquals', 'a'), v('StringEquals', 'b')] }] } }, { v: 'b' }, false],
];

describe('compileChoiceRule', () => {
  it.each(rows)('%s', (_name, rule, input, expected) => {
    const predicate = compileChoiceRule(rule);
    if (typeof expected === 'boolean') {
      expect(predicate(input, ctx)).toBe(expected);
    } else {
      expect(() => predicate(input, ctx)).toThrow(expect.objectContaining({ error: 'States.Runtime', cause: expected.cause }));
    }
  });

  it('has at least 80 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
  });

  it.each<[string, ChoiceRule]>([
    ['no operator', { Variable: '$.v' }],
    ['two operators', { Variable: '$.v', StringEquals: 'a', IsNull: true }],
    ['no Variable', { StringEquals: 'a' }],
    ['operand of the wrong type', { Variable: '$.v', NumericEquals: '1' }],
    ['an invalid timestamp operand', { Variable: '$.v', TimestampEquals: '2012-13-01T00:00:00Z' }],
    ['an Is* operand that is not a boolean', { Variable: '$.v', IsNull: 'true' }],
    ['a non-reference path', { Variable: '$.v[*]', IsPresent: true }],
    ['an empty And', { And: [] }],
  ])('rejects a rule with %s at compile time', (_name, rule) => {
    expect(() => compileChoiceRule(rule)).toThrow(ChoiceCompileError);
  });
});
