import { describe, expect, it } from 'vitest';
import { changeStateType } from './changeStateType';
import { chain, choiceMachine, deepFreeze, errorCode, expectOk, nestedMachine, structuralProblems } from './testKit';
import type { StateMachine, StateType } from '../types';

const task = (): StateMachine =>
  deepFreeze({
    StartAt: 'Start',
    States: {
      Start: { Type: 'Pass', Next: 'Work' },
      Work: {
        Type: 'Task',
        Comment: 'does the work',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { 'Payload.$': '$' },
        InputPath: '$.in',
        Retry: [{ ErrorEquals: ['States.ALL'] }],
        Next: 'Done',
      },
      Done: { Type: 'Succeed' },
    },
  } as StateMachine);

describe('changeStateType', () => {
  it('given a Task, when it becomes a Choice and then a Pass, then each step keeps what still applies and validates', () => {
    const asChoice = expectOk(changeStateType(task(), 'Work', 'Choice')).definition;
    expect(asChoice.States.Work).toEqual({
      Type: 'Choice',
      Comment: 'does the work',
      InputPath: '$.in',
      Choices: [{ Variable: '$.value', IsPresent: true, Next: 'Done' }],
      Default: 'Done',
    });
    expect(structuralProblems(asChoice)).toEqual([]);
    const asPass = expectOk(changeStateType(asChoice, 'Work', 'Pass')).definition;
    expect(asPass.States.Work).toEqual({ Type: 'Pass', Comment: 'does the work', InputPath: '$.in', Next: 'Done' });
    expect(structuralProblems(asPass)).toEqual([]);
  });

  it('given a Task, when it becomes a Pass, then Parameters stays and Resource and Retry go, in the original key order', () => {
    const def = task();
    const r = expectOk(changeStateType(def, 'Work', 'Pass'));
    expect(Object.entries(r.definition.States.Work)).toEqual([
      ['Type', 'Pass'],
      ['Comment', 'does the work'],
      ['Parameters', { 'Payload.$': '$' }],
      ['InputPath', '$.in'],
      ['Next', 'Done'],
    ]);
    expect(r.definition.States.Start).toBe(def.States.Start);
  });

  it.each<[StateType, object]>([
    ['Wait', { Type: 'Wait', Comment: 'does the work', InputPath: '$.in', Next: 'Done', Seconds: 5 }],
    ['Succeed', { Type: 'Succeed', Comment: 'does the work', InputPath: '$.in' }],
    ['Fail', { Type: 'Fail', Comment: 'does the work' }],
    ['Parallel', {
      Type: 'Parallel', Comment: 'does the work', Parameters: { 'Payload.$': '$' }, InputPath: '$.in', Retry: [{ ErrorEquals: ['States.ALL'] }], Next: 'Done',
      Branches: [{ StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } }],
    }],
    ['Map', {
      Type: 'Map', Comment: 'does the work', InputPath: '$.in', Retry: [{ ErrorEquals: ['States.ALL'] }], Next: 'Done',
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } },
    }],
  ])('given a Task, when it becomes a %s, then it gets exactly the fields that type allows', (type, expected) => {
    // Succeed/Fail cut Done off: let it go, the fields are what is checked here.
    const r = expectOk(changeStateType(task(), 'Work', type, { removeOrphans: true }));
    expect(r.definition.States.Work).toEqual(expected);
  });

  it('given a Task becomes a Succeed, then predecessors still lead to it and the old Next may be cut off', () => {
    const r = expectOk(changeStateType(chain('A', 'B'), 'B', 'Succeed'));
    expect(r.definition.States).toEqual({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } });
    expect(errorCode(changeStateType(chain('A', 'B'), 'A', 'Fail'))).toBe('WOULD_ORPHAN');
    const cut = expectOk(changeStateType(chain('A', 'B'), 'A', 'Fail', { removeOrphans: true }));
    expect(cut.definition.States).toEqual({ A: { Type: 'Fail' } });
  });

  it('given a Pass becomes a Task, then it gets the placeholder Resource', () => {
    const r = expectOk(changeStateType(chain('A'), 'A', 'Task'));
    expect(r.definition.States.A).toEqual({ Type: 'Task', End: true, Resource: 'arn:aws:states:::lambda:invoke' });
  });

  it('given a Choice with a Default, when it becomes a Pass, then it continues to the old Default (other branches must stay reachable)', () => {
    expect(errorCode(changeStateType(choiceMachine(), 'Decide', 'Pass'))).toBe('WOULD_ORPHAN');
    const r = expectOk(changeStateType(choiceMachine(), 'Decide', 'Pass', { removeOrphans: true }));
    expect(r.definition.States.Decide).toEqual({ Type: 'Pass', Next: 'Done' });
    expect(Object.keys(r.definition.States)).toEqual(['Start', 'Decide', 'Done']);
  });

  it('given a Parallel, when it becomes a Map, then its first branch becomes the processor', () => {
    const def = nestedMachine();
    const r = expectOk(changeStateType(def, 'Fan', 'Map', { removeOrphans: true }));
    const processor = (r.definition.States.Fan as { ItemProcessor: StateMachine }).ItemProcessor;
    expect(processor.StartAt).toBe('X');
    expect(processor.States).toBe((def.States.Fan as { Branches: StateMachine[] }).Branches[0].States);
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a Map, when it becomes a Parallel, then its processor becomes the only branch', () => {
    const r = expectOk(changeStateType(nestedMachine(), 'Each', 'Parallel'));
    expect((r.definition.States.Each as { Branches: StateMachine[] }).Branches).toEqual([
      { StartAt: 'I', States: { I: { Type: 'Pass', Next: 'J' }, J: { Type: 'Pass', End: true } } },
    ]);
  });

  it('given a Parallel exists with a nested Pass, when a Task becomes a Parallel, then the placeholder Pass gets a free name', () => {
    const r = expectOk(changeStateType(nestedMachine(), 'Done', 'Parallel'));
    expect(r.definition.States.Done).toEqual({
      Type: 'Parallel',
      Branches: [{ StartAt: 'Pass (1)', States: { 'Pass (1)': { Type: 'Pass', End: true } } }],
      End: true,
    });
  });

  it('given a JSONata machine, when a Pass becomes a Choice, then its rule is a Condition', () => {
    const def = deepFreeze({ ...chain('A', 'B'), QueryLanguage: 'JSONata' } as StateMachine);
    expect(expectOk(changeStateType(def, 'A', 'Choice')).definition.States.A).toMatchObject({ Choices: [{ Condition: expect.any(String), Next: 'B' }] });
  });

  it('given a Task with a Catch handler, when it becomes a Pass, then it is refused unless the handler may go', () => {
    expect(errorCode(changeStateType(choiceMachine(), 'Yes', 'Pass'))).toBe('WOULD_ORPHAN');
  });

  it.each([
    ['the last state to a Choice', chain('A'), 'A', 'Choice', 'CHOICE_NEEDS_TARGET'],
    ['an unknown state', chain('A'), 'Nope', 'Pass', 'NOT_FOUND'],
    ['to an unknown type', chain('A'), 'A', 'Lambda', 'INVALID_VALUE'],
  ])('when changing %s, then it is refused', (_, def, name, type, code) => {
    expect(errorCode(changeStateType(def, name, type as StateType))).toBe(code);
  });

  it('given the same type, when changing, then the definition is returned as is', () => {
    const def = chain('A');
    expect(expectOk(changeStateType(def, 'A', 'Pass')).definition).toBe(def);
  });
});
