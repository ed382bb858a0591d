import { describe, expect, it } from 'vitest';
import { insertState } from './insertState';
import { newState } from './templates';
import { chain, choiceMachine, deepFreeze, errorCode, expectOk, nestedMachine, stateAt, structuralProblems } from './testKit';
import type { ItemProcessor, StateMachine } from '../types';

describe('insertState', () => {
  it('given A -> B -> C, when a Wait goes on the edge A -> B, then A -> Wait -> B and B, C are untouched', () => {
    const def = chain('A', 'B', 'C');
    const r = expectOk(insertState(def, { state: newState('Wait'), at: { edge: { from: 'A', field: 'Next' } } }));
    expect(r.name).toBe('Wait');
    expect(r.definition.States.A).toEqual({ Type: 'Pass', Next: 'Wait' });
    expect(r.definition.States.Wait).toEqual({ Type: 'Wait', Seconds: 5, Next: 'B' });
    expect(Object.keys(r.definition.States)).toEqual(['A', 'Wait', 'B', 'C']);
    expect(r.definition.States.B).toBe(def.States.B);
    expect(r.definition.States.C).toBe(def.States.C);
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it.each([
    ['the start edge', { edge: { start: 'machine' as const } }, 'New', ['New', 'A', 'B']],
    ['before the start state', { before: 'A' }, 'New', ['New', 'A', 'B']],
    ['after the last state (its edge into End)', { after: 'B' }, 'A', ['A', 'B', 'New']],
    ['the End edge of the last state', { edge: { from: 'B', field: 'Next' as const } }, 'A', ['A', 'B', 'New']],
  ])('given A -> B, when a Pass goes on %s, then the order of the run follows', (_, at, startAt, order) => {
    const r = expectOk(insertState(chain('A', 'B'), { name: 'New', state: newState('Pass'), at }));
    expect(r.definition.StartAt).toBe(startAt);
    const run: string[] = [];
    for (let n: string | undefined = r.definition.StartAt; n; n = (r.definition.States[n] as { Next?: string }).Next) run.push(n);
    expect(run).toEqual(order);
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a state reached by a Choice rule and a Next, when inserting before it, then every predecessor leads to the new state', () => {
    const def = choiceMachine();
    const r = expectOk(insertState(def, { name: 'Log', state: newState('Pass'), at: { before: 'Done' } }));
    const s = r.definition.States;
    expect(s.Decide).toMatchObject({ Default: 'Log' });
    expect(s.Yes).toMatchObject({ Next: 'Log' });
    expect(s.No).toMatchObject({ Next: 'Log' });
    expect(s.Log).toEqual({ Type: 'Pass', Next: 'Done' });
    expect(Object.keys(s).indexOf('Log')).toBe(Object.keys(s).indexOf('Done') - 1);
    expect(s.Handle).toBe(def.States.Handle);
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a Catch leading to a state, when inserting before it, then the catcher leads to the new state', () => {
    const r = expectOk(insertState(choiceMachine(), { name: 'Log', state: newState('Pass'), at: { before: 'Handle' } }));
    expect(r.definition.States.Yes).toMatchObject({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Log' }] });
    expect(r.definition.States.Log).toEqual({ Type: 'Pass', Next: 'Handle' });
  });

  it('given a Choice with a Default, when inserting after it, then the new state goes on the Default edge', () => {
    const r = expectOk(insertState(choiceMachine(), { name: 'Log', state: newState('Pass'), at: { after: 'Decide' } }));
    expect(r.definition.States.Decide).toMatchObject({ Default: 'Log' });
    expect(r.definition.States.Log).toEqual({ Type: 'Pass', Next: 'Done' });
  });

  it('given a Choice rule edge, when inserting on it, then only that rule changes', () => {
    const def = choiceMachine();
    const r = expectOk(insertState(def, { name: 'Log', state: newState('Pass'), at: { edge: { from: 'Decide', field: { choice: 1 } } } }));
    const decide = stateAt(r.definition, 'States', 'Decide') as { Choices: { Next: string }[] };
    expect(decide.Choices.map((c) => c.Next)).toEqual(['Yes', 'Log']);
    expect(decide.Choices[0]).toBe((def.States.Decide as { Choices: unknown[] }).Choices[0]);
    expect(r.definition.States.Log).toEqual({ Type: 'Pass', Next: 'No' });
  });

  it('given a Choice, when a Choice is inserted on an edge, then its Default and one placeholder rule take the old target', () => {
    const r = expectOk(insertState(chain('A', 'B'), { state: newState('Choice'), at: { after: 'A' } }));
    expect(r.definition.States.Choice).toEqual({
      Type: 'Choice',
      Choices: [{ Variable: '$.value', IsPresent: true, Next: 'B' }],
      Default: 'B',
    });
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a JSONata machine, when a Choice is inserted, then its placeholder rule is a Condition', () => {
    const def = deepFreeze({ ...chain('A', 'B'), QueryLanguage: 'JSONata' } as StateMachine);
    const r = expectOk(insertState(def, { state: newState('Choice'), at: { after: 'A' } }));
    expect(r.definition.States.Choice).toMatchObject({ Choices: [{ Condition: '{% $exists($states.input.value) %}', Next: 'B' }] });
  });

  it('given a Parallel exists with a nested "Pass", when a Parallel is inserted, then its placeholder Pass gets a free name', () => {
    const r = expectOk(insertState(nestedMachine(), { state: newState('Parallel'), at: { after: 'Each' } }));
    expect(r.name).toBe('Parallel');
    expect(r.definition.States.Parallel).toEqual({
      Type: 'Parallel',
      Branches: [{ StartAt: 'Pass (1)', States: { 'Pass (1)': { Type: 'Pass', End: true } } }],
      Next: 'Done',
    });
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a Map is inserted, then it comes with an inline processor holding one Pass state', () => {
    const r = expectOk(insertState(chain('A'), { state: newState('Map'), at: { after: 'A' } }));
    expect(r.definition.States.Map).toEqual({
      Type: 'Map',
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } },
      End: true,
    });
  });

  it('given a branch of a Parallel, when inserting on an edge inside it, then only that branch is rebuilt', () => {
    const def = nestedMachine();
    const r = expectOk(insertState(def, { name: 'W', state: newState('Wait'), at: { edge: { from: 'X', field: 'Next' } } }));
    const fan = r.definition.States.Fan as { Branches: StateMachine[] };
    const before = def.States.Fan as { Branches: StateMachine[] };
    expect(fan.Branches[0].States.X).toEqual({ Type: 'Pass', Next: 'W' });
    expect(fan.Branches[0].States.W).toEqual({ Type: 'Wait', Seconds: 5, Next: 'Y' });
    expect(fan.Branches[1]).toBe(before.Branches[1]);
    expect(fan.Branches[0].States.Y).toBe(before.Branches[0].States.Y);
    expect(r.definition.States.Each).toBe(def.States.Each);
    expect(r.definition.States.Done).toBe(def.States.Done);
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a branch, when inserting on its start edge, then the branch starts with the new state', () => {
    const r = expectOk(insertState(nestedMachine(), { name: 'First', state: newState('Pass'), at: { edge: { start: { parallel: 'Fan', branch: 1 } } } }));
    const branch = (r.definition.States.Fan as { Branches: StateMachine[] }).Branches[1];
    expect(branch.StartAt).toBe('First');
    expect(branch.States.First).toEqual({ Type: 'Pass', Next: 'Z' });
  });

  it('given a Map processor, when inserting before its start state, then the processor starts with it', () => {
    const r = expectOk(insertState(nestedMachine(), { name: 'First', state: newState('Pass'), at: { before: 'I' } }));
    const processor = (r.definition.States.Each as { ItemProcessor: ItemProcessor }).ItemProcessor;
    expect(processor.StartAt).toBe('First');
    expect(processor.ProcessorConfig).toEqual({ Mode: 'INLINE' });
  });

  it('given a Parallel with two branches, when inserting into branch index 2 (one past the end), then a new branch holds the state', () => {
    const r = expectOk(insertState(nestedMachine(), { name: 'Solo', state: newState('Succeed'), at: { emptyBranch: { parallel: 'Fan', branch: 2 } } }));
    expect((r.definition.States.Fan as { Branches: StateMachine[] }).Branches[2]).toEqual({ StartAt: 'Solo', States: { Solo: { Type: 'Succeed' } } });
  });

  it('given a Parallel with an empty branch, when inserting into it, then the branch holds just the new state', () => {
    const def = deepFreeze({
      StartAt: 'P',
      States: { P: { Type: 'Parallel', Branches: [{ StartAt: '', States: {} }], End: true } },
    } as StateMachine);
    const r = expectOk(insertState(def, { name: 'Only', state: newState('Task'), at: { emptyBranch: { parallel: 'P', branch: 0 } } }));
    expect((r.definition.States.P as { Branches: StateMachine[] }).Branches[0]).toEqual({
      StartAt: 'Only',
      States: { Only: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
    });
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a Map without a processor, when inserting into its processor, then an inline processor is created', () => {
    const def = deepFreeze({ StartAt: 'M', States: { M: { Type: 'Map', End: true } } } as StateMachine);
    const r = expectOk(insertState(def, { name: 'Item', state: newState('Pass'), at: { emptyProcessor: { map: 'M' } } }));
    expect(r.definition.States.M).toEqual({
      Type: 'Map',
      End: true,
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } },
    });
  });

  it('given an empty machine, when inserting into it, then it starts at the new state, which ends', () => {
    const def = deepFreeze({ Comment: 'new', StartAt: '', States: {} } as StateMachine);
    const r = expectOk(insertState(def, { state: newState('Pass'), at: { emptyMachine: true } }));
    expect(r.definition).toEqual({ Comment: 'new', StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } });
  });

  it('given a Task with a Catch into another scope, when it is inserted, then that catcher is dropped (it could not resolve)', () => {
    const state = { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Nowhere' }] } as const;
    const r = expectOk(insertState(chain('A'), { name: 'T', state: state as never, at: { after: 'A' } }));
    expect(r.definition.States.T).toEqual({ Type: 'Task', Resource: 'arn:aws:states:::sns:publish', End: true });
  });

  it('given a state named Pass, when a Pass is inserted without a name, then it is named "Pass (1)"', () => {
    const r = expectOk(insertState(chain('Pass'), { state: newState('Pass'), at: { after: 'Pass' } }));
    expect(r.name).toBe('Pass (1)');
  });

  it('given a Choice whose rule and Default both reach B, when a Succeed goes on the rule edge, then B stays reachable and it is allowed', () => {
    const def = deepFreeze({
      StartAt: 'C',
      States: {
        C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'B' }], Default: 'B' },
        B: { Type: 'Pass', End: true },
      },
    } as StateMachine);
    const r = expectOk(insertState(def, { name: 'Stop', state: newState('Succeed'), at: { edge: { from: 'C', field: { choice: 0 } } } }));
    expect(r.definition.States.Stop).toEqual({ Type: 'Succeed' });
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it.each([
    ['a taken name', { name: 'B', state: newState('Pass'), at: { after: 'A' } }, 'NAME_TAKEN'],
    ['an empty name', { name: '', state: newState('Pass'), at: { after: 'A' } }, 'INVALID_NAME'],
    ['an 81-character name', { name: 'x'.repeat(81), state: newState('Pass'), at: { after: 'A' } }, 'INVALID_NAME'],
    ['an unknown anchor', { state: newState('Pass'), at: { after: 'Nope' } }, 'NOT_FOUND'],
    ['a Default edge on a Pass', { state: newState('Pass'), at: { edge: { from: 'A', field: 'Default' as const } } }, 'EDGE_NOT_FOUND'],
    ['a Succeed that would cut B off', { state: newState('Succeed'), at: { after: 'A' } }, 'WOULD_ORPHAN'],
    ['a Fail before B', { state: newState('Fail'), at: { before: 'B' } }, 'WOULD_ORPHAN'],
    ['a Choice after the last state', { state: newState('Choice'), at: { after: 'B' } }, 'CHOICE_NEEDS_TARGET'],
    ['a non-empty machine as empty', { state: newState('Pass'), at: { emptyMachine: true as const } }, 'SCOPE_NOT_EMPTY'],
    ['a branch of a non-Parallel', { state: newState('Pass'), at: { emptyBranch: { parallel: 'A', branch: 0 } } }, 'WRONG_TYPE'],
  ])('given A -> B, when inserting with %s, then it is refused', (_, args, code) => {
    expect(errorCode(insertState(chain('A', 'B'), args))).toBe(code);
  });

  it.each([
    ['after a Succeed', { after: 'Done' }],
    ['after a Fail', { after: 'Handle' }],
  ])('given a terminal state, when inserting %s, then it is refused with NO_SUCCESSOR', (_, at) => {
    const r = insertState(choiceMachine(), { state: newState('Pass'), at });
    expect(errorCode(r)).toBe('NO_SUCCESSOR');
    expect(r.ok ? '' : r.error.message).toMatch(/nothing can follow/);
  });

  it('given a Choice without Default, when inserting after it, then it is refused and told to use a rule', () => {
    const def = deepFreeze({
      StartAt: 'C',
      States: { C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'B' }] }, B: { Type: 'Succeed' } },
    } as StateMachine);
    const r = insertState(def, { state: newState('Pass'), at: { after: 'C' } });
    expect(r.ok ? '' : r.error.message).toMatch(/no Default/);
  });
});
