import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../types';
import { checkPayloadTemplate } from './checkPayloadTemplate';

const P = '/States/Pass/Parameters';

describe('checkPayloadTemplate', () => {
  it.each<[string, JsonValue]>([
    ['paths', { 'a.$': '$.x', 'b.$': '$$.Execution.Id', 'c.$': '$v.k', 'd.$': '$.l[*]' }],
    ['intrinsics', { 'a.$': "States.Format('{}', $.x)", 'b.$': 'States.UUID()' }],
    ['nested objects and arrays', { o: { 'a.$': '$.x' }, l: [{ 'b.$': '$' }] }],
    ['a whole ${} placeholder', { 'a.$': '${InputPath}' }],
    ['a ${} placeholder inside a call', { 'a.$': "States.Format('{}', ${Value})" }],
    ['plain keys with any value', { a: 'States.Nope(', b: '$[' }],
  ])('accepts %s', (_name, template) => {
    expect(checkPayloadTemplate(template, P)).toEqual([]);
  });

  it.each<[string, JsonValue, string, string]>([
    ['a bad path', { 'a.$': '$.x[' }, '/a.$', 'INVALID_JSONPATH'],
    ['neither a path nor a call', { 'a.$': 'hello' }, '/a.$', 'INVALID_PAYLOAD_TEMPLATE'],
    ['a non-string value', { 'a.$': 1 }, '/a.$', 'INVALID_PAYLOAD_TEMPLATE'],
    ['an unknown function', { 'a.$': 'States.Nope($.x)' }, '/a.$', 'UNKNOWN_INTRINSIC'],
    ['a wrong argument count', { 'a.$': 'States.MathAdd(1)' }, '/a.$', 'INTRINSIC_ARG_COUNT'],
    ['a bad escape in a call', { 'parsed.$': 'States.StringToJson(\'{"t":"a \\"q\\" b"}\')' }, '/parsed.$', 'INVALID_INTRINSIC'],
    ['a problem deep inside', { o: { l: [0, { 'x/y.$': '$[' }] } }, '/o/l/1/x~1y.$', 'INVALID_JSONPATH'],
  ])('reports %s', (_name, template, pointer, code) => {
    const problems = checkPayloadTemplate(template, P);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ pointer: P + pointer, code });
    expect(problems[0].message.length).toBeGreaterThan(10);
  });

  it('names the field in the message', () => {
    expect(checkPayloadTemplate({ 'a.$': 'hello' }, '')[0].message).toBe("The value for the field 'a.$' must be a valid JSONPath or a valid intrinsic function call");
  });
});
