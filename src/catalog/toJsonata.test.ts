import { describe, expect, it } from 'vitest';
import { pathToJsonata, toArguments } from './toJsonata';

describe('pathToJsonata', () => {
  it.each([
    ['$', 'input', '$states.input'],
    ['$.id', 'input', '$states.input.id'],
    ['$.order.total', 'input', '$states.input.order.total'],
    ['$.Payload', 'result', '$states.result.Payload'],
    ['$$.Task.Token', 'input', '$states.context.Task.Token'],
    ['$$.Execution.Id', 'input', '$states.context.Execution.Id'],
    ['$.odd-name', 'input', '$states.input.`odd-name`'],
  ] as const)('%s (%s) -> %s', (path, root, expected) => {
    expect(pathToJsonata(path, root)).toBe(expected);
  });
});

describe('toArguments', () => {
  it('turns .$ fields into {% %} expressions at any depth, arrays included', () => {
    expect(
      toArguments({ TableName: 'T', Key: { id: { 'S.$': '$.id' } }, Entries: [{ 'Detail.$': '$', Source: 'x' }], 'Token.$': '$$.Task.Token' }),
    ).toEqual({
      TableName: 'T',
      Key: { id: { S: '{% $states.input.id %}' } },
      Entries: [{ Detail: '{% $states.input %}', Source: 'x' }],
      Token: '{% $states.context.Task.Token %}',
    });
  });

  it('leaves a template without paths unchanged', () => {
    expect(toArguments({ ProjectName: 'p', Count: 2, Flag: true, Nothing: null })).toEqual({ ProjectName: 'p', Count: 2, Flag: true, Nothing: null });
  });
});
