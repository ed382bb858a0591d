import { describe, expect, it } from 'vitest';
import type { ChoiceState, JsonValue } from '../../asl/types';
import { compileJsonataChoiceState, JsonataChoiceCompileError } from './compileJsonataChoiceState';
import { compileJsonataTemplate } from './compileTemplate';
import { evaluateCondition, evaluateExpecting } from './evaluateTyped';
import type { JsonataBindings } from './types';

const vars: Record<string, JsonValue> = { ItemsVar: { foo: 'bar' } };
const b = (input: JsonValue): JsonataBindings => ({ states: { input, context: {} }, variable: (n) => vars[n] });

describe('evaluateExpecting (Map Items)', () => {
  it.each<[string, JsonValue, string]>([
    ['a number literal', '{% 1 %}', "The JSONata expression '1' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'number' for value: 1"],
    ['a boolean', '{% true %}', "The JSONata expression 'true' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'boolean' for value: true"],
    ['an object', "{% {'foo': 'bar'} %}", 'The JSONata expression \'{\'foo\': \'bar\'}\' specified for the field \'Items\' returned an unexpected result type. Expected \'array\', but was \'object\' for value: {"foo":"bar"}'],
    ['a variable holding an object', '{% $ItemsVar %}', 'The JSONata expression \'$ItemsVar\' specified for the field \'Items\' returned an unexpected result type. Expected \'array\', but was \'object\' for value: {"foo":"bar"}'],
    ['null', '{% null %}', "The JSONata expression 'null' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'null' for value: null"],
    ['a string', "{% 'string' %}", 'The JSONata expression \'\'string\'\' specified for the field \'Items\' returned an unexpected result type. Expected \'array\', but was \'string\' for value: "string"'],
  ])('rejects %s', async (_name, value, cause) => {
    await expect(evaluateExpecting(compileJsonataTemplate(value, 'Items'), b({}), 'array')).rejects.toMatchObject({ error: 'States.QueryEvaluationError', cause });
  });

  it.each<[JsonValue, JsonValue, JsonValue]>([
    ['{% $states.input.items %}', { items: [1, 2, 3] }, [1, 2, 3]],
    ['{% [0] %}', {}, [0]],
    ['{% [] %}', {}, []],
    [[1, '{% $number("2") %}', 3], {}, [1, 2, 3]],
  ])('accepts %j', async (value, input, expected) => {
    expect(await evaluateExpecting(compileJsonataTemplate(value, 'Items'), b(input), 'array')).toEqual(expected);
  });
});

describe('evaluateCondition', () => {
  it.each<[JsonValue, JsonValue, boolean]>([
    ["{% $states.input.type = 'Public' %}", { type: 'Public' }, true],
    ["{% $not($states.input.type = 'Private') %}", { type: 'Private' }, false],
    ['{% $states.input.value >= 20 and $states.input.value < 30 %}', { value: 22 }, true],
    ['{% $states.input.result.done %}', { result: { done: false } }, false],
    [true, {}, true],
    [false, {}, false],
  ])('%j on %j is %s', async (condition, input, expected) => {
    expect(await evaluateCondition(compileJsonataTemplate(condition, 'Condition'), b(input))).toBe(expected);
  });

  it('fails when the condition is not a boolean', async () => {
    await expect(evaluateCondition(compileJsonataTemplate('{% $states.input.n %}', 'Condition'), b({ n: 1 }))).rejects.toMatchObject({
      error: 'States.QueryEvaluationError',
      cause: "The JSONata expression '$states.input.n' specified for the field 'Condition' returned an unexpected result type. Expected 'boolean', but was 'number' for value: 1",
    });
  });
});

describe('compileJsonataChoiceState', () => {
  const state: ChoiceState = {
    Type: 'Choice',
    QueryLanguage: 'JSONata',
    Choices: [
      { Condition: "{% $not($states.input.type = 'Private') %}", Next: 'Public' },
      { Condition: '{% $states.input.value = 0 %}', Next: 'ValueIsZero' },
      { Condition: '{% $states.input.value >= 20 and $states.input.value < 30 %}', Next: 'ValueInTwenties' },
    ],
    Default: 'DefaultState',
  };
  const decide = compileJsonataChoiceState(state);

  it.each([
    [{ type: 'Public', value: 1 }, 'Public', 0],
    [{ type: 'Private', value: 0 }, 'ValueIsZero', 1],
    [{ type: 'Private', value: 22 }, 'ValueInTwenties', 2],
    [{ type: 'Private', value: 99 }, 'DefaultState', -1],
  ])('routes %j to %s', async (input, next, index) => {
    expect(await decide(b(input))).toMatchObject({ next, index });
  });

  it('reports noMatch without a Default', async () => {
    const noDefault = compileJsonataChoiceState({ ...state, Default: undefined });
    expect(await noDefault(b({ type: 'Private', value: 99 }))).toEqual({ noMatch: true });
  });

  it('rejects a rule without Condition', () => {
    expect(() => compileJsonataChoiceState({ Type: 'Choice', Choices: [{ Next: 'A' }] })).toThrow(JsonataChoiceCompileError);
  });
});
