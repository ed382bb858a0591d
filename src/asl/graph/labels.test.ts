import { describe, expect, it } from 'vitest';
import { catchText, choiceRuleText, truncateLabel } from './labels';

describe('choiceRuleText', () => {
  it.each([
    ['StringEquals quotes the string', { Variable: '$.status', StringEquals: 'DONE' }, '$.status == "DONE"'],
    ['StringLessThan', { Variable: '$.name', StringLessThan: 'm' }, '$.name < "m"'],
    ['StringGreaterThanEquals', { Variable: '$.name', StringGreaterThanEquals: 'm' }, '$.name >= "m"'],
    ['StringEqualsPath compares with a path, unquoted', { Variable: '$.a', StringEqualsPath: '$.b' }, '$.a == $.b'],
    ['StringMatches', { Variable: '$.file', StringMatches: '*.csv' }, '$.file matches "*.csv"'],
    ['NumericGreaterThan', { Variable: '$.amount', NumericGreaterThan: 1000 }, '$.amount > 1000'],
    ['NumericLessThanEquals', { Variable: '$.n', NumericLessThanEquals: 0.5 }, '$.n <= 0.5'],
    ['NumericEquals', { Variable: '$.n', NumericEquals: -3 }, '$.n == -3'],
    ['NumericGreaterThanPath', { Variable: '$.a', NumericGreaterThanPath: '$.b' }, '$.a > $.b'],
    ['NumericLessThanEqualsPath', { Variable: '$.a', NumericLessThanEqualsPath: '$.limits.max' }, '$.a <= $.limits.max'],
    ['BooleanEquals', { Variable: '$.ok', BooleanEquals: true }, '$.ok == true'],
    ['BooleanEqualsPath', { Variable: '$.ok', BooleanEqualsPath: '$.expected' }, '$.ok == $.expected'],
    ['TimestampLessThan', { Variable: '$.t', TimestampLessThan: '2024-01-01T00:00:00Z' }, '$.t < "2024-01-01T00:00:00Z"'],
    ['TimestampGreaterThanEqualsPath', { Variable: '$.t', TimestampGreaterThanEqualsPath: '$.since' }, '$.t >= $.since'],
    ['IsPresent true', { Variable: '$.x', IsPresent: true }, '$.x is present'],
    ['IsPresent false', { Variable: '$.x', IsPresent: false }, '$.x is not present'],
    ['IsNull', { Variable: '$.x', IsNull: true }, '$.x is null'],
    ['IsNumeric false', { Variable: '$.x', IsNumeric: false }, '$.x is not numeric'],
    ['IsString', { Variable: '$.x', IsString: true }, '$.x is a string'],
    ['IsBoolean', { Variable: '$.x', IsBoolean: true }, '$.x is a boolean'],
    ['IsTimestamp', { Variable: '$.x', IsTimestamp: true }, '$.x is a timestamp'],
    ['Not', { Not: { Variable: '$.a', NumericEquals: 1 } }, 'not ($.a == 1)'],
    ['And', { And: [{ Variable: '$.a', NumericGreaterThan: 1 }, { Variable: '$.b', NumericLessThan: 2 }] }, '$.a > 1 and $.b < 2'],
    ['Or', { Or: [{ Variable: '$.s', StringEquals: 'A' }, { Variable: '$.s', StringEquals: 'B' }] }, '$.s == "A" or $.s == "B"'],
    [
      'And nested in Or gets parentheses',
      { Or: [{ Variable: '$.a', NumericEquals: 1 }, { And: [{ Variable: '$.b', NumericGreaterThan: 2 }, { Variable: '$.c', IsPresent: true }] }] },
      '$.a == 1 or ($.b > 2 and $.c is present)',
    ],
    ['Not of And', { Not: { And: [{ Variable: '$.a', IsNull: false }, { Variable: '$.b', BooleanEquals: false }] } }, 'not ($.a is not null and $.b == false)'],
    ['Not inside And needs no extra parentheses', { And: [{ Not: { Variable: '$.a', IsPresent: true } }, { Variable: '$.b', NumericEquals: 0 }] }, 'not ($.a is present) and $.b == 0'],
    ['JSONata Condition without the {% %}', { Condition: '{% $states.input.amount > 1000 %}' }, '$states.input.amount > 1000'],
    ['JSONata Condition over several lines folds whitespace', { Condition: '{%\n  $x > 1\n    and $y < 2\n%}' }, '$x > 1 and $y < 2'],
    ['JSONata Condition as a literal boolean', { Condition: true }, 'true'],
    ['comparison without Variable', { StringEquals: 'x' }, '? == "x"'],
  ])('%s', (_name, rule, expected) => {
    expect(choiceRuleText(rule)).toBe(expected);
  });

  it.each([
    ['a rule with no operator', { Variable: '$.a', Next: 'B' }],
    ['a string', 'rule'],
    ['null', null],
  ])('gives undefined for %s', (_name, rule) => {
    expect(choiceRuleText(rule)).toBeUndefined();
  });
});

describe('catchText', () => {
  it.each([
    [['States.ALL'], 'Catch all'],
    [['States.Timeout', 'States.TaskFailed'], 'States.Timeout, States.TaskFailed'],
    [['States.ALL', 'Custom'], 'States.ALL, Custom'],
    [[], 'Catch'],
  ])('%j -> %s', (errors, expected) => {
    expect(catchText(errors)).toBe(expected);
  });
});

describe('truncateLabel', () => {
  it('keeps short labels', () => expect(truncateLabel('$.a > 1')).toBe('$.a > 1'));
  it('cuts long labels to 40 characters with an ellipsis', () => {
    const cut = truncateLabel('$.order.customer.address.country == "Deutschland"');
    expect(cut).toHaveLength(40);
    expect(cut.endsWith('…')).toBe(true);
  });
});
