import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../asl/types';
import { compileJsonataTemplate } from './compileTemplate';
import { JsonataCompileError } from './errors';
import type { JsonataBindings } from './types';

const input = { a: 1, name: 'ana', items: [1, 2, 3], nested: { deep: [{ v: 'x' }, { v: 'y' }] }, empty: [] };
const context = { Execution: { Id: 'arn:exec', Input: input }, State: { Name: 'S' } };
const variables: Record<string, JsonValue> = { x: 5, user: { name: 'bo', tags: ['a'] }, nothing: null };

const bindings: JsonataBindings = {
  states: { input, context, result: { Payload: 42 }, errorOutput: { Error: 'E', Cause: 'c' } },
  variable: (name) => (Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : undefined),
  random: () => 0.25,
  now: () => Date.UTC(2024, 4, 1, 12, 0, 0),
};

const evaluate = (value: JsonValue, field = 'Output') => compileJsonataTemplate(value, field).evaluate(bindings);

describe('compileJsonataTemplate: values', () => {
  it.each<[string, JsonValue, JsonValue]>([
    ['a number stays', 1, 1],
    ['null stays', null, null],
    ['a plain string stays', 'hello', 'hello'],
    ['a path-looking string stays', '$states.input', '$states.input'],
    ['whitespace outside the braces makes it literal', ' {% states.input %} ', ' {% states.input %} '],
    ['a trailing space makes it literal', '{% 1 %} ', '{% 1 %} '],
    ['an expression inside text stays literal', 'a {% 1 %} b', 'a {% 1 %} b'],
    ['an object without expressions stays', { k: [1, { j: 'v' }] }, { k: [1, { j: 'v' }] }],
    ['$states.input', '{% $states.input %}', input],
    ['a field of the input', '{% $states.input.name %}', 'ana'],
    ['arithmetic over input and a variable', '{% $sum($states.input.items) + $x %}', 11],
    ['a variable', '{% $x %}', 5],
    ['a variable field', '{% $user.name %}', 'bo'],
    ['a null variable', '{% $nothing %}', null],
    ['$states.context', '{% $states.context.State.Name %}', 'S'],
    ['$states.result', '{% $states.result.Payload %}', 42],
    ['$states.errorOutput', '{% $states.errorOutput.Error %}', 'E'],
    ['spaces inside the braces are fine', '{%$states.input.a%}', 1],
    ['a nested object mixes constants and expressions', { sum: '{% 1 + 2 %}', lit: 'x', list: [0, '{% $x %}'] }, { sum: 3, lit: 'x', list: [0, 5] }],
    ['arrays of expressions (Map Items)', [1, '{% $number("2") %}', 3], [1, 2, 3]],
    ['a singleton array literal stays an array', '{% [0] %}', [0]],
    ['an empty array literal', '{% [] %}', []],
    ['a path over an array yields a plain array', '{% $states.input.nested.deep.v %}', ['x', 'y']],
    ['a one-item path result is the item', '{% $states.input.nested.deep[0].v %}', 'x'],
    ['a filter', '{% $states.input.items[$ > 1] %}', [2, 3]],
    ['$merge', '{% $merge([{"a": 1}, {"b": 2}]) %}', { a: 1, b: 2 }],
    ['regex $contains', "{% $contains('hello$world', /^hello\\ /) %}", false],
    ['double-quoted strings', '{% $states.input.name = "ana" %}', true],
    ['a block with local variables', '{% ($y := $x * 2; $y + 1) %}', 11],
    ['a conditional', "{% $x > 3 ? 'big' : 'small' %}", 'big'],
    ['-0 prints as 0', '{% -0 %}', 0],
    ['the input object is returned as is', '{% $states.input.nested %}', input.nested],
  ])('%s', async (_name, value, expected) => {
    expect(await evaluate(value)).toEqual(expected);
  });

  it('returns the very same value object for a constant template (fast path)', async () => {
    const value = { k: [1, 2] };
    const template = compileJsonataTemplate(value, 'Arguments');
    expect(template.isConstant).toBe(true);
    expect(await template.evaluate(bindings)).toBe(value);
    expect(template.evaluate(bindings)).toBe(template.evaluate(bindings));
  });

  it('keeps the identity of untouched input values', async () => {
    expect(await evaluate('{% $states.input %}')).toBe(input);
  });

  it('keeps key order and constant siblings', async () => {
    const out = (await evaluate({ z: 1, a: '{% 2 %}', m: 3 })) as Record<string, JsonValue>;
    expect(Object.keys(out)).toEqual(['z', 'a', 'm']);
  });

  it('compiles each distinct expression once and reuses it', () => {
    const t1 = compileJsonataTemplate('{% $x + 1 %}', 'Output');
    const t2 = compileJsonataTemplate({ y: '{% $x + 1 %}' }, 'Assign');
    expect(t1.isConstant).toBe(false);
    expect(t2.isConstant).toBe(false);
  });

  it('reports the whole-field expression text', () => {
    expect(compileJsonataTemplate('{%  $x  %}', 'Items').expression).toBe('$x');
    expect(compileJsonataTemplate({ a: '{% $x %}' }, 'Output').expression).toBeNull();
  });
});

describe('compileJsonataTemplate: errors', () => {
  const cause = async (value: JsonValue, field = 'Output') => {
    try {
      await evaluate(value, field);
    } catch (err) {
      const e = err as { error: string; cause: string };
      return `${e.error} | ${e.cause}`;
    }
    return 'no error';
  };

  it.each<[string, JsonValue, string, string]>([
    ['an unset variable', '{% $doesNotExist %}', 'Output', "The JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing (undefined)."],
    ['an unset variable in a nested key', { result: '{% $doesNotExist %}' }, 'Output', "The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined)."],
    ['a missing input field in an Assign value', { v: '{% $states.input.nope %}' }, 'Assign', "The JSONata expression '$states.input.nope' specified for the field 'Assign/v' returned nothing (undefined)."],
    ['a missing field inside an array', { list: [1, '{% $states.input.nope %}'] }, 'Arguments', "The JSONata expression '$states.input.nope' specified for the field 'Arguments/list/1' returned nothing (undefined)."],
    ['an empty filter result', '{% $states.input.items[$ > 9] %}', 'Output', "The JSONata expression '$states.input.items[$ > 9]' specified for the field 'Output' returned nothing (undefined)."],
    ['top-level $ is not the input', '{% $ %}', 'Output', "The JSONata expression '$' specified for the field 'Output' returned nothing (undefined)."],
    ['an unknown function', '{% $randomSeeded(1) %}', 'Output/FunctionResult', "The JSONata expression '$randomSeeded(1)' specified for the field 'Output/FunctionResult' threw an error during evaluation. T1006: Attempted to invoke a non-function"],
    ['a type error', '{% "a" + 1 %}', 'Output', 'The JSONata expression \'"a" + 1\' specified for the field \'Output\' threw an error during evaluation. T2001: The left side of the "+" operator must evaluate to a number'],
    ['$error()', "{% $error('boom') %}", 'Output', "The JSONata expression '$error('boom')' specified for the field 'Output' threw an error during evaluation. D3137: boom"],
    ['a function result', '{% $fn := function($x){$x} %}', 'Items', "The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an unsupported result type."],
    ['a function inside an object', '{% {"f": function(){1}} %}', 'Output', 'The JSONata expression \'{"f": function(){1}}\' specified for the field \'Output\' returned an unsupported result type.'],
    ['division by zero', '{% 1/0 %}', 'Output', "The JSONata expression '1/0' specified for the field 'Output' returned an unsupported result type."],
  ])('%s', async (_name, value, field, expected) => {
    expect(await cause(value, field)).toBe(`States.QueryEvaluationError | ${expected}`);
  });

  it('rejects a syntax error when the definition is compiled, naming field and position', () => {
    let thrown: unknown;
    try {
      compileJsonataTemplate({ ok: 1, bad: '{% $states.input.( %}' }, 'Output');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(JsonataCompileError);
    expect(thrown).toMatchObject({ field: 'Output/bad', expression: '$states.input.(' });
  });
});
