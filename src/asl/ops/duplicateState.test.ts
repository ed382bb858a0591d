import { describe, expect, it } from 'vitest';
import { duplicateState } from './duplicateState';
import { allStateNames } from './locate';
import { chain, choiceMachine, errorCode, expectOk, nestedMachine, structuralProblems } from './testKit';
import type { StateMachine } from '../types';

describe('duplicateState', () => {
  it('given A -> B, when A is duplicated, then A -> A (copy) -> B', () => {
    const def = chain('A', 'B');
    const r = expectOk(duplicateState(def, 'A'));
    expect(r.name).toBe('A (copy)');
    expect(r.definition.States).toEqual({
      A: { Type: 'Pass', Next: 'A (copy)' },
      'A (copy)': { Type: 'Pass', Next: 'B' },
      B: { Type: 'Pass', End: true },
    });
    expect(r.definition.States.B).toBe(def.States.B);
  });

  it('given a copy exists, when the original or the copy is duplicated again, then names count on', () => {
    const once = expectOk(duplicateState(chain('A'), 'A')).definition;
    expect(expectOk(duplicateState(once, 'A')).name).toBe('A (copy) (1)');
    expect(expectOk(duplicateState(once, 'A (copy)')).name).toBe('A (copy) (1)');
  });

  it('given a Parallel, when it is duplicated, then every nested state of the copy is renamed and wired to its new names', () => {
    const def = nestedMachine();
    const r = expectOk(duplicateState(def, 'Fan'));
    const copy = r.definition.States['Fan (copy)'] as { Branches: StateMachine[]; Next: string };
    expect(copy.Next).toBe('Each');
    expect(copy.Branches[0]).toEqual({
      StartAt: 'X (copy)',
      States: { 'X (copy)': { Type: 'Pass', Next: 'Y (copy)' }, 'Y (copy)': { Type: 'Pass', End: true } },
    });
    expect(copy.Branches[1].StartAt).toBe('Z (copy)');
    const names = allStateNames(r.definition);
    expect(new Set(names).size).toBe(names.length);
    expect(structuralProblems(r.definition)).toEqual([]);
    // The copy shares no objects with the original.
    expect(copy.Branches[0].States['Y (copy)']).not.toBe((def.States.Fan as { Branches: StateMachine[] }).Branches[0].States.Y);
  });

  it('given a Map, when it is duplicated, then the processor states are renamed', () => {
    const r = expectOk(duplicateState(nestedMachine(), 'Each'));
    expect((r.definition.States['Each (copy)'] as { ItemProcessor: StateMachine }).ItemProcessor.StartAt).toBe('I (copy)');
  });

  it('given a Choice with a Default, when it is duplicated, then the copy sits on the Default edge with the same rules', () => {
    const r = expectOk(duplicateState(choiceMachine(), 'Decide'));
    expect(r.definition.States.Decide).toMatchObject({ Default: 'Decide (copy)' });
    expect(r.definition.States['Decide (copy)']).toMatchObject({ Choices: [{ Next: 'Yes' }, { Next: 'No' }], Default: 'Done' });
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a Task with a Catch, when it is duplicated, then the copy catches into the same handler', () => {
    const r = expectOk(duplicateState(choiceMachine(), 'Yes'));
    expect(r.definition.States['Yes (copy)']).toMatchObject({ Next: 'Done', Catch: [{ Next: 'Handle' }] });
  });

  it.each([
    ['a Succeed', 'Done', 'NO_SUCCESSOR'],
    ['a Fail', 'Handle', 'NO_SUCCESSOR'],
    ['an unknown state', 'Nope', 'NOT_FOUND'],
  ])('when duplicating %s, then it is refused', (_, name, code) => {
    expect(errorCode(duplicateState(choiceMachine(), name))).toBe(code);
  });
});
