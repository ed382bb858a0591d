import { describe, expect, it } from 'vitest';
import { addBranch } from './addBranch';
import { removeBranch } from './removeBranch';
import { chain, deepFreeze, errorCode, expectOk, nestedMachine, structuralProblems } from './testKit';
import type { StateMachine } from '../types';

const branchesOf = (def: StateMachine, name: string): StateMachine[] => (def.States[name] as { Branches: StateMachine[] }).Branches;

describe('addBranch', () => {
  it('given a Parallel with two branches, when a branch is added, then a third branch holds one uniquely named Pass', () => {
    const def = nestedMachine();
    const r = expectOk(addBranch(def, 'Fan'));
    expect(r.branch).toBe(2);
    expect(r.name).toBe('Pass (1)');
    expect(branchesOf(r.definition, 'Fan')[2]).toEqual({ StartAt: 'Pass (1)', States: { 'Pass (1)': { Type: 'Pass', End: true } } });
    expect(branchesOf(r.definition, 'Fan')[0]).toBe(branchesOf(def, 'Fan')[0]);
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a Parallel nested in a Map, when a branch is added, then the nested Parallel changes', () => {
    const def = deepFreeze({
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'A', States: { A: { Type: 'Succeed' } } }], End: true } } },
          End: true,
        },
      },
    } as StateMachine);
    const r = expectOk(addBranch(def, 'P'));
    expect(branchesOf((r.definition.States.M as { ItemProcessor: StateMachine }).ItemProcessor, 'P')).toHaveLength(2);
  });

  it.each([
    ['an unknown state', 'Nope', 'NOT_FOUND'],
    ['a Map', 'Each', 'WRONG_TYPE'],
  ])('when adding a branch to %s, then it is refused', (_, name, code) => {
    expect(errorCode(addBranch(nestedMachine(), name))).toBe(code);
  });
});

describe('removeBranch', () => {
  it('given a Parallel with two branches, when the first is removed, then the second remains with its states', () => {
    const def = nestedMachine();
    const r = expectOk(removeBranch(def, 'Fan', 0));
    expect(branchesOf(r.definition, 'Fan')).toEqual([branchesOf(def, 'Fan')[1]]);
    expect(branchesOf(r.definition, 'Fan')[0]).toBe(branchesOf(def, 'Fan')[1]);
  });

  it.each([
    ['the last branch', chain('A'), 'LAST_BRANCH'],
    ['a branch that does not exist', nestedMachine(), 'NOT_FOUND'],
  ])('when removing %s, then it is refused', (_, def, code) => {
    const only = deepFreeze({
      StartAt: 'P',
      States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'A', States: { A: { Type: 'Succeed' } } }], End: true } },
    } as StateMachine);
    const r = code === 'LAST_BRANCH' ? removeBranch(only, 'P', 0) : removeBranch(def, 'Fan', 5);
    expect(errorCode(r)).toBe(code);
  });

  it('given a Pass, when removing a branch from it, then it is refused as the wrong type', () => {
    expect(errorCode(removeBranch(chain('A'), 'A', 0))).toBe('WRONG_TYPE');
  });
});
