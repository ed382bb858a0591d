import { describe, expect, it } from 'vitest';
import { deleteState } from './deleteState';
import { locateState } from './locate';
import { chain, choiceMachine, deepFreeze, errorCode, expectOk, nestedMachine, structuralProblems } from './testKit';
import type { StateMachine } from '../types';

describe('deleteState', () => {
  it('given A -> B -> C, when B is deleted, then A -> C and C keeps its identity', () => {
    const def = chain('A', 'B', 'C');
    const r = expectOk(deleteState(def, 'B'));
    expect(r.definition.States).toEqual({ A: { Type: 'Pass', Next: 'C' }, C: { Type: 'Pass', End: true } });
    expect(r.definition.States.C).toBe(def.States.C);
    expect(r.successor).toBe('C');
  });

  it('given A -> B, when the start state A is deleted, then the machine starts at B', () => {
    const r = expectOk(deleteState(chain('A', 'B'), 'A'));
    expect(r.definition).toEqual({ StartAt: 'B', States: { B: { Type: 'Pass', End: true } } });
  });

  it('given A -> B (End), when B is deleted, then A ends', () => {
    const r = expectOk(deleteState(chain('A', 'B'), 'B'));
    expect(r.definition.States).toEqual({ A: { Type: 'Pass', End: true } });
  });

  it('given a state that is a Choice rule target, the Default and a Catch target, when it is deleted, then all three lead to its Next', () => {
    const def = deepFreeze({
      StartAt: 'Decide',
      States: {
        Decide: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'Work' }, { Variable: '$.b', IsPresent: true, Next: 'Recover' }], Default: 'Recover' },
        Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Done', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Recover' }] },
        Recover: { Type: 'Pass', Next: 'Done' },
        Done: { Type: 'Succeed' },
      },
    } as StateMachine);
    const r = expectOk(deleteState(def, 'Recover'));
    expect(r.definition.States.Decide).toMatchObject({ Choices: [{ Next: 'Work' }, { Next: 'Done' }], Default: 'Done' });
    expect(r.definition.States.Work).toMatchObject({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Done' }] });
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a Succeed that is a Choice Default and a Next target, when it is deleted, then Nexts become End and the Default goes', () => {
    const r = expectOk(deleteState(choiceMachine(), 'Done'));
    const s = r.definition.States;
    expect(s.Decide).not.toHaveProperty('Default');
    expect(s.No).toEqual({ Type: 'Pass', End: true });
    expect(s.Yes).toMatchObject({ End: true });
    expect(s.Yes).not.toHaveProperty('Next');
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a Fail reached only by a Catch, when it is deleted, then the catcher (and the empty Catch) is removed', () => {
    const r = expectOk(deleteState(choiceMachine(), 'Handle'));
    expect(r.definition.States.Yes).toEqual({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Done' });
  });

  it('given a Choice with other branches, when it is deleted, then it is refused because they would be cut off', () => {
    const r = deleteState(choiceMachine(), 'Decide');
    expect(errorCode(r)).toBe('WOULD_ORPHAN');
    expect(r.ok ? '' : r.error.message).toContain('"Yes", "No"');
  });

  it('given a Choice with other branches, when it is deleted with removeOrphans, then predecessors go to its Default and its branches go too', () => {
    const r = expectOk(deleteState(choiceMachine(), 'Decide', { removeOrphans: true }));
    expect(r.definition.States).toEqual({ Start: { Type: 'Pass', Next: 'Done' }, Done: { Type: 'Succeed' } });
  });

  it('given a Choice without Default, when it is deleted, then predecessors go to its first rule target', () => {
    const def = deepFreeze({
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'C' },
        C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'B' }] },
        B: { Type: 'Succeed' },
      },
    } as StateMachine);
    expect(expectOk(deleteState(def, 'C')).definition.States.A).toEqual({ Type: 'Pass', Next: 'B' });
  });

  it('given a polling loop, when the Wait inside the loop is deleted, then the Choice loops onto itself and the machine starts at it', () => {
    const def = deepFreeze({
      StartAt: 'Poll',
      States: {
        Poll: { Type: 'Wait', Seconds: 1, Next: 'Check' },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: false, Next: 'Poll' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    } as StateMachine);
    const r = expectOk(deleteState(def, 'Poll'));
    expect(r.definition.StartAt).toBe('Check');
    expect(r.definition.States.Check).toMatchObject({ Choices: [{ Next: 'Check' }] });
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a Parallel, when it is deleted, then its nested states are gone', () => {
    const r = expectOk(deleteState(nestedMachine(), 'Fan'));
    expect(r.definition.StartAt).toBe('Each');
    expect(locateState(r.definition, 'X')).toBeUndefined();
  });

  it('given a state in a Map processor, when it is deleted, then only that processor changes', () => {
    const def = nestedMachine();
    const r = expectOk(deleteState(def, 'I'));
    expect((r.definition.States.Each as { ItemProcessor: StateMachine }).ItemProcessor).toEqual({
      ProcessorConfig: { Mode: 'INLINE' },
      StartAt: 'J',
      States: { J: { Type: 'Pass', End: true } },
    });
    expect(r.definition.States.Fan).toBe(def.States.Fan);
  });

  it.each([
    ['the only state of the machine', chain('A'), 'A', 'LAST_STATE_IN_SCOPE'],
    ['the last of two states of a branch', nestedMachine(), 'Y', 'ok'],
    ['an unknown state', chain('A'), 'Nope', 'NOT_FOUND'],
  ])('when deleting %s, then %s', (_, def, name, code) => {
    expect(errorCode(deleteState(def, name))).toBe(code);
  });

  it('given a branch with one state, when that state is deleted, then it is refused', () => {
    const def = deepFreeze({
      StartAt: 'P',
      States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'Only', States: { Only: { Type: 'Pass', End: true } } }], End: true } },
    } as StateMachine);
    const r = deleteState(def, 'Only');
    expect(errorCode(r)).toBe('LAST_STATE_IN_SCOPE');
    expect(r.ok ? '' : r.error.message).toContain('its branch');
  });

  it('given a Choice whose only rule leads to a Succeed, when the Succeed is deleted, then it is refused', () => {
    const def = deepFreeze({
      StartAt: 'C',
      States: {
        C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Yes' }], Default: 'No' },
        Yes: { Type: 'Succeed' },
        No: { Type: 'Fail' },
      },
    } as StateMachine);
    expect(errorCode(deleteState(def, 'Yes'))).toBe('CHOICE_WOULD_BE_EMPTY');
  });

  it('given the start state ends and only its Catch leads on, when it is deleted, then it is refused', () => {
    const def = deepFreeze({
      StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H' }] },
        H: { Type: 'Fail' },
      },
    } as StateMachine);
    expect(errorCode(deleteState(def, 'T'))).toBe('START_HAS_NO_SUCCESSOR');
  });
});
