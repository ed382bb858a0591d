import { describe, expect, it } from 'vitest';
import { formatLooseValue, parseJsonInput, parseLooseValue, parseNumberInput, placeholdersIn } from './inputs';

describe('numeric fields', () => {
  it.each([
    ['a whole number', '30', { integer: true }, 30],
    ['a decimal back-off rate', '1.5', {}, 1.5],
    ['empty text removes the field', '  ', { integer: true }, undefined],
    ['a SAM placeholder is kept as text', '${Timeout}', { integer: true }, '${Timeout}'],
    ['a JSONata expression in a JSONata state', '{% $states.input.t %}', { integer: true, jsonata: true }, '{% $states.input.t %}'],
  ])('accepts %s', (_name, text, rules, value) => {
    expect(parseNumberInput(text, rules)).toEqual({ ok: true, value });
  });

  it.each([
    ['letters', 'abc', { integer: true }, 'Enter a whole number or a ${Placeholder}.'],
    ['a fraction where seconds are whole', '2.5', { integer: true }, 'Enter a whole number or a ${Placeholder}.'],
    ['a JSONata expression in a JSONPath state', '{% 1 %}', { integer: true }, 'Enter a whole number or a ${Placeholder}.'],
    ['letters in a JSONata state name the expression form', 'x', { jsonata: true }, 'Enter a number, a {% JSONata %} expression or a ${Placeholder}.'],
  ])('refuses %s with a message', (_name, text, rules, message) => {
    expect(parseNumberInput(text, rules)).toEqual({ ok: false, message });
  });
});

describe('JSON boxes', () => {
  it('parses JSON and removes the field when empty', () => {
    expect(parseJsonInput('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonInput('')).toEqual({ ok: true, value: undefined });
  });

  it('says where broken JSON is broken', () => {
    const result = parseJsonInput('{\n  "a": 1,\n  oops\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Not valid JSON \(line 3, column 3\)/);
  });
});

describe('"JSON or text" boxes', () => {
  it.each([
    ['a number', '42', 42],
    ['an object', '{"a":1}', { a: 1 }],
    ['a path stays text', '$.price', '$.price'],
    ['a JSONata expression stays text', '{% $x %}', '{% $x %}'],
    ['broken JSON stays text as typed', '{"a":', '{"a":'],
  ])('reads %s', (_name, text, value) => {
    expect(parseLooseValue(text)).toEqual(value);
  });

  it('round-trips values through the text it shows', () => {
    for (const value of ['$.x', 3, { a: [1] }, true]) expect(parseLooseValue(formatLooseValue(value))).toEqual(value);
  });
});

describe('placeholders', () => {
  it('finds each ${Name} once', () => {
    expect(placeholdersIn('arn:${AWS::Partition}:lambda:${Region}:x:${Region}')).toEqual(['${AWS::Partition}', '${Region}']);
  });
});
