import { describe, expect, it } from 'vitest';
import { checkJsonata, compileJsonata, isJsonataTemplate, jsonataExpressionOf } from '.';

describe('JSONata templates', () => {
  it.each([
    ['{% $states.input %}', true],
    ['{%%}', true],
    ['{% 1 %} ', false],
    [' {% 1 %}', false],
    ['{% 1', false],
    ['$.a', false],
    ['', false],
  ])('isJsonataTemplate(%j) is %s', (text, expected) => {
    expect(isJsonataTemplate(text)).toBe(expected);
  });

  it('is false for non-strings', () => {
    expect(isJsonataTemplate(42)).toBe(false);
    expect(isJsonataTemplate(null)).toBe(false);
  });

  it('strips the delimiters and keeps the inner text as written', () => {
    expect(jsonataExpressionOf('{% 1 + 2 %}')).toBe(' 1 + 2 ');
    expect(jsonataExpressionOf('{%x%}')).toBe('x');
    expect(jsonataExpressionOf('plain')).toBeNull();
  });
});

describe('checkJsonata', () => {
  it.each([
    ['$states.input.items[price > 10]', null],
    ['($f := function($x) { $x * 2 }; $f(3))', null],
    ['a[1,2)', { message: 'Expected "]", got ","', position: 4 }],
    ['1 +', { message: 'Unexpected end of expression' }],
    ['"unterminated', { message: 'String literal must be terminated by a matching quote' }],
    ['', { message: 'Unexpected end of expression' }],
  ])('checkJsonata(%j)', (expr, expected) => {
    const result = checkJsonata(expr);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatchObject(expected);
  });

  it('compiles each distinct expression once', () => {
    expect(compileJsonata('$a + $b')).toBe(compileJsonata('$a + $b'));
  });
});
