import { describe, expect, it } from 'vitest';
import { createPathContext } from '../../asl/paths/context';
import type { ChoiceState } from '../../asl/types';
import { ChoiceCompileError } from './ChoiceCompileError';
import { compileChoiceState } from './compileChoiceState';

const ctx = createPathContext();

// The AWS docs example of a Choice state.
const docsExample: ChoiceState = {
  Type: 'Choice',
  Choices: [
    { Not: { Variable: '$.type', StringEquals: 'Private' }, Next: 'Public' },
    { Variable: '$.value', NumericEquals: 0, Next: 'ValueIsZero' },
    { And: [{ Variable: '$.value', NumericGreaterThanEquals: 20 }, { Variable: '$.value', NumericLessThan: 30 }], Next: 'ValueInTwenties' },
  ],
  Default: 'DefaultState',
};

describe('compileChoiceState', () => {
  const decide = compileChoiceState(docsExample);

  it.each([
    [{ type: 'Public', value: 0 }, 'Public', 0],
    [{ type: 'Private', value: 0 }, 'ValueIsZero', 1],
    [{ type: 'Private', value: 22 }, 'ValueInTwenties', 2],
    [{ type: 'Private', value: 50 }, 'DefaultState', -1],
  ])('routes %j to %s', (input, next, index) => {
    const out = decide(input, ctx);
    expect(out).toMatchObject({ next, index });
  });

  it('hands back the matched rule so the engine can apply its Assign/Output', () => {
    const out = decide({ type: 'Private', value: 0 }, ctx);
    expect('rule' in out && out.rule).toBe(docsExample.Choices[1]);
  });

  it('reports noMatch when nothing matches and there is no Default', () => {
    const decideNoDefault = compileChoiceState({ ...docsExample, Default: undefined });
    expect(decideNoDefault({ type: 'Private', value: 50 }, ctx)).toEqual({ noMatch: true });
  });

  it('takes the first matching rule when several match', () => {
    const decideFirst = compileChoiceState({
      Type: 'Choice',
      Choices: [
        { Variable: '$.result.done', BooleanEquals: true, Next: 'FinishTrue' },
        { Variable: '$.result.done', IsBoolean: true, Next: 'AlsoTrue' },
      ],
    });
    expect(decideFirst({ result: { done: true } }, ctx)).toMatchObject({ next: 'FinishTrue' });
  });

  it('fails the state when a rule reads a missing path before any rule matched', () => {
    expect(() => decide({ type: 'Private' }, ctx)).toThrow("Invalid path '$.value': The choice state's condition path references an invalid value.");
  });

  it('rejects an empty Choices array and a rule without Next', () => {
    expect(() => compileChoiceState({ Type: 'Choice', Choices: [] })).toThrow(ChoiceCompileError);
    expect(() => compileChoiceState({ Type: 'Choice', Choices: [{ Variable: '$.a', IsNull: true }] })).toThrow(ChoiceCompileError);
  });
});
