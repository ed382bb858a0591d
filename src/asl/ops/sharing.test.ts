import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../types';
import { addBranch } from './addBranch';
import { changeStateType } from './changeStateType';
import { deleteState } from './deleteState';
import { duplicateState } from './duplicateState';
import { insertState } from './insertState';
import { allStateNames, locateState } from './locate';
import { moveState } from './moveState';
import { removeBranch } from './removeBranch';
import { renameState } from './renameState';
import { setField } from './setField';
import { newState } from './templates';
import { expectOk, nestedMachine } from './testKit';
import type { OpResult } from './types';

/**
 * Structural sharing: after each op, every state that the op did not touch (and that does not
 * contain a touched state) is the very same object as in the input, wherever it now lives.
 */
describe('structural sharing', () => {
  it.each<[string, (d: StateMachine) => OpResult<object>, string[]]>([
    ['insert in a branch', (d) => insertState(d, { name: 'N', state: newState('Pass'), at: { after: 'X' } }), ['X', 'Fan']],
    ['insert at the top', (d) => insertState(d, { name: 'N', state: newState('Pass'), at: { before: 'Done' } }), ['Each']],
    ['delete in a processor', (d) => deleteState(d, 'I'), ['Each']],
    ['rename in a branch', (d) => renameState(d, 'Y', 'Y2'), ['X', 'Fan']],
    ['move out of a processor', (d) => moveState(d, 'J', { before: 'Done' }), ['J', 'I', 'Each']],
    ['duplicate a Map', (d) => duplicateState(d, 'Each'), ['Each']],
    ['change a nested type', (d) => changeStateType(d, 'Z', 'Wait'), ['Z', 'Fan']],
    ['set a nested field', (d) => setField(d, 'Pass', 'Comment', 'hi'), ['Pass', 'Fan']],
    ['add a branch', (d) => addBranch(d, 'Fan'), ['Fan']],
    ['remove a branch', (d) => removeBranch(d, 'Fan', 0), ['Fan']],
  ])('%s keeps every untouched state identical', (_, op, touched) => {
    const def = nestedMachine();
    const after = expectOk(op(def)).definition;
    const untouched = allStateNames(def).filter((n) => !touched.includes(n) && locateState(after, n));
    expect(untouched.length).toBeGreaterThan(0);
    for (const name of untouched) expect(locateState(after, name)?.state, name).toBe(locateState(def, name)?.state);
  });
});

describe('inputs are never mutated', () => {
  it('given the deep-frozen fixtures, then every nested object is frozen (so a mutating op would throw)', () => {
    const def = nestedMachine();
    const x = locateState(def, 'X')?.state;
    expect(Object.isFrozen(x)).toBe(true);
    expect(() => {
      (x as { Comment?: string }).Comment = 'mutated';
    }).toThrow(TypeError);
  });

  it('given a state named __proto__, when it is renamed into and edited around, then it stays an ordinary state', () => {
    let def: StateMachine = nestedMachine();
    def = expectOk(renameState(def, 'Done', '__proto__')).definition;
    def = expectOk(insertState(def, { name: 'Before', state: newState('Pass'), at: { before: '__proto__' } })).definition;
    def = expectOk(setField(def, '__proto__', 'Comment', 'still here')).definition;
    expect(Object.keys(def.States)).toEqual(['Fan', 'Each', 'Before', '__proto__']);
    expect(Object.getPrototypeOf(def.States)).toBe(Object.prototype);
    expect(locateState(def, '__proto__')?.state).toEqual({ Type: 'Succeed', Comment: 'still here' });
    expect(expectOk(deleteState(def, '__proto__')).definition.States.Before).toEqual({ Type: 'Pass', End: true });
  });
});
