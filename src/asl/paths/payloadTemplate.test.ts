import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../types';
import { createPathContext } from './context';
import { AslRuntimeError } from './errors';
import { compilePayloadTemplate, isStaticTemplate } from './payloadTemplate';

const ctx = createPathContext({
  contextObject: { Execution: { Id: 'arn:e', Name: 'run-1' }, Map: { Item: { Index: 1, Value: 'v' } } },
  variables: { user: { name: 'Ann' }, n: 5 },
});
const input = { a: 1, list: [{ id: 'x' }, { id: 'y' }], obj: { k: 'v' }, text: 'hello world' };

describe('compilePayloadTemplate', () => {
  it.each<[string, JsonValue, JsonValue]>([
    ['a path value', { 'v.$': '$.a' }, { v: 1 }],
    ['the whole input', { 'all.$': '$' }, { all: input }],
    ['static fields as they are', { k: 1, s: 'x', n: null, b: [1, 2] }, { k: 1, s: 'x', n: null, b: [1, 2] }],
    ['nested templates', { outer: { 'inner.$': '$.obj.k', fixed: true } }, { outer: { inner: 'v', fixed: true } }],
    ['templates inside arrays', { items: [{ 'id.$': '$.list[0].id' }, 'lit', [{ 'a.$': '$.a' }]] }, { items: [{ id: 'x' }, 'lit', [{ a: 1 }]] }],
    ['an indefinite path as an array', { 'ids.$': '$.list[*].id' }, { ids: ['x', 'y'] }],
    ['an indefinite path that matches nothing as []', { 'none.$': '$.list[?(@.id == "z")]' }, { none: [] }],
    ['the context object', { 'id.$': '$$.Execution.Id', 'item.$': '$$.Map.Item.Value' }, { id: 'arn:e', item: 'v' }],
    ['variables', { 'who.$': '$user.name', 'n.$': '$n' }, { who: 'Ann', n: 5 }],
    ['an intrinsic', { 'msg.$': "States.Format('{} is {}', $.obj.k, $.a)" }, { msg: 'v is 1' }],
    ['nested intrinsics', { 'n.$': "States.ArrayLength(States.StringSplit($.text, ' '))" }, { n: 2 }],
    ['an intrinsic reading a variable and $$', { 's.$': "States.Format('{}/{}', $user.name, $$.Execution.Name)" }, { s: 'Ann/run-1' }],
    ['a key that is a key of Object.prototype', { 'constructor.$': '$.a', '__proto__.$': '$.obj' }, JSON.parse('{"constructor":1,"__proto__":{"k":"v"}}') as JsonValue],
  ])('builds %s', (_name, template, expected) => {
    expect(compilePayloadTemplate(template)(input, ctx)).toEqual(expected);
  });

  it('shares static parts instead of copying them', () => {
    const template = { 'v.$': '$.a', fixed: { big: [1, 2, 3] } };
    const out = compilePayloadTemplate(template)(input, ctx) as { fixed: JsonValue };
    expect(out.fixed).toBe(template.fixed);
  });

  it('builds a fresh object on each evaluation', () => {
    const evaluate = compilePayloadTemplate({ 'v.$': '$.a' });
    expect(evaluate(input, ctx)).not.toBe(evaluate(input, ctx));
  });

  it('fails like AWS when a path selects nothing', () => {
    const evaluate = compilePayloadTemplate({ nested: { 'value.$': '$.no_such_jsonpath' } });
    expect(() => evaluate({ 'int-literal': 0 }, ctx)).toThrow(AslRuntimeError);
    try {
      evaluate({ 'int-literal': 0 }, ctx);
    } catch (e) {
      expect((e as AslRuntimeError).error).toBe('States.Runtime');
      expect((e as AslRuntimeError).cause).toBe(
        "The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could not be found in the input '{\"int-literal\":0}'",
      );
    }
  });

  it('reports a $$ miss against the state input, as AWS does', () => {
    const evaluate = compilePayloadTemplate({ 'value.$': '$$.Execution.Input.nope' });
    expect(() => evaluate({ a: 1 }, ctx)).toThrow("The JSONPath '$$.Execution.Input.nope' specified for the field 'value.$' could not be found in the input '{\"a\":1}'");
  });

  it('passes an intrinsic failure through with its own error name', () => {
    const evaluate = compilePayloadTemplate({ 'v.$': 'States.ArrayGetItem($.list, 9)' });
    expect(() => evaluate(input, ctx)).toThrow(/States.IntrinsicFailure/);
  });

  it.each<[string, JsonValue]>([
    ['a bad path', { 'v.$': '$.a[' }],
    ['an unknown intrinsic', { 'v.$': 'States.Nope()' }],
    ['a wrong argument count', { 'v.$': 'States.ArrayLength()' }],
    ['a .$ value that is not a string', { 'v.$': 3 }],
  ])('refuses to compile %s', (_name, template) => {
    expect(() => compilePayloadTemplate(template)).toThrow();
  });

  it.each<[JsonValue, boolean]>([
    [{ a: 1, b: [{ c: 2 }] }, true],
    [{ a: { 'b.$': '$' } }, false],
    [[{ 'x.$': '$' }], false],
    ['scalar', true],
  ])('isStaticTemplate(%j) is %s', (template, expected) => {
    expect(isStaticTemplate(template)).toBe(expected);
  });
});
