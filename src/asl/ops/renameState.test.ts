import { describe, expect, it } from 'vitest';
import { renameState } from './renameState';
import { chain, choiceMachine, deepFreeze, errorCode, expectOk, nestedMachine, structuralProblems } from './testKit';
import type { StateMachine } from '../types';

describe('renameState', () => {
  it('given a state referenced by StartAt, a Next, Choice rules and a Default, when renamed, then every reference follows and the key keeps its place', () => {
    const def = deepFreeze({
      StartAt: 'Check',
      States: {
        Check: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Check' }, { Not: { Variable: '$.y', IsPresent: true }, Next: 'End' }], Default: 'Check' },
        End: { Type: 'Succeed' },
        Back: { Type: 'Pass', Next: 'Check' },
      },
    } as StateMachine);
    const r = expectOk(renameState(def, 'Check', 'Is it done?'));
    expect(r.definition.StartAt).toBe('Is it done?');
    expect(Object.keys(r.definition.States)).toEqual(['Is it done?', 'End', 'Back']);
    expect(r.definition.States['Is it done?']).toMatchObject({ Choices: [{ Next: 'Is it done?' }, { Next: 'End' }], Default: 'Is it done?' });
    expect(r.definition.States.Back).toEqual({ Type: 'Pass', Next: 'Is it done?' });
    expect(r.definition.States.End).toBe(def.States.End);
  });

  it('given a Catch target, when renamed, then the catcher follows', () => {
    const r = expectOk(renameState(choiceMachine(), 'Handle', 'Report failure'));
    expect(r.definition.States.Yes).toMatchObject({ Catch: [{ Next: 'Report failure' }] });
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a nested state, when renamed, then only its scope changes and other scopes keep their identity', () => {
    const def = nestedMachine();
    const r = expectOk(renameState(def, 'Y', 'Y2'));
    const fan = r.definition.States.Fan as { Branches: StateMachine[] };
    const before = def.States.Fan as { Branches: StateMachine[] };
    expect(fan.Branches[0].States).toEqual({ X: { Type: 'Pass', Next: 'Y2' }, Y2: { Type: 'Pass', End: true } });
    expect(fan.Branches[1]).toBe(before.Branches[1]);
    expect(r.definition.States.Each).toBe(def.States.Each);
  });

  it('given a nested start state, when renamed, then the branch StartAt follows but the outer machine does not', () => {
    const r = expectOk(renameState(nestedMachine(), 'I', 'First item'));
    expect((r.definition.States.Each as { ItemProcessor: StateMachine }).ItemProcessor.StartAt).toBe('First item');
    expect(r.definition.StartAt).toBe('Fan');
  });

  it('given a Parallel, when renamed, then its nested states are untouched', () => {
    const def = nestedMachine();
    const r = expectOk(renameState(def, 'Fan', 'Fan out'));
    expect((r.definition.States['Fan out'] as { Branches: unknown }).Branches).toBe((def.States.Fan as { Branches: unknown }).Branches);
  });

  it('given the same name, when renamed, then the definition is returned as is', () => {
    const def = chain('A');
    expect(expectOk(renameState(def, 'A', 'A')).definition).toBe(def);
  });

  it.each([
    ['a name used in the same scope', 'A', 'B', 'NAME_TAKEN'],
    ['a name used in a nested scope', 'Fan', 'X', 'NAME_TAKEN'],
    ['an empty name', 'Fan', '', 'INVALID_NAME'],
    ['an 81-character name', 'Fan', 'é'.repeat(81), 'INVALID_NAME'],
    ['an unknown state', 'Nope', 'Other', 'NOT_FOUND'],
  ])('when renaming to %s, then it is refused', (_, from, to, code) => {
    const def = from === 'A' ? chain('A', 'B') : nestedMachine();
    expect(errorCode(renameState(def, from, to))).toBe(code);
  });

  it('given an 80-character name, when renaming to it, then it is accepted', () => {
    expect(errorCode(renameState(chain('A'), 'A', 'é'.repeat(80)))).toBe('ok');
  });
});
