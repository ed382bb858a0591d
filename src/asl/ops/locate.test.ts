import { describe, expect, it } from 'vitest';
import { allStateNames, locateState } from './locate';
import { uniqueStateName } from './names';
import { chain, deepFreeze, nestedMachine } from './testKit';
import type { StateMachine } from '../types';

describe('locateState', () => {
  it.each([
    ['a top-level state', 'Fan', '/States/Fan', []],
    ['a state in a Parallel branch', 'Pass', '/States/Fan/Branches/1/States/Pass', [{ parallel: 'Fan', branch: 1 }]],
    ['a state in a Map processor', 'J', '/States/Each/ItemProcessor/States/J', [{ map: 'Each' }]],
  ])('finds %s with its pointer and scope path', (_, name, pointer, scopePath) => {
    const loc = locateState(nestedMachine(), name);
    expect(loc?.pointer).toBe(pointer);
    expect(loc?.scopePath).toEqual(scopePath);
  });

  it('escapes names in pointers and follows a legacy Iterator', () => {
    const def = deepFreeze({
      StartAt: 'a/b',
      States: { 'a/b': { Type: 'Map', Iterator: { StartAt: 'x~y', States: { 'x~y': { Type: 'Succeed' } } }, End: true } },
    } as StateMachine);
    expect(locateState(def, 'x~y')?.pointer).toBe('/States/a~1b/Iterator/States/x~0y');
  });

  it('returns undefined for an unknown name, and for inherited keys', () => {
    expect(locateState(chain('A'), 'B')).toBeUndefined();
    expect(locateState(chain('A'), 'toString')).toBeUndefined();
  });
});

describe('allStateNames / uniqueStateName', () => {
  it('lists every name, outer scopes first', () => {
    expect(allStateNames(nestedMachine())).toEqual(['Fan', 'X', 'Y', 'Z', 'Pass', 'Each', 'I', 'J', 'Done']);
  });

  it.each([
    ['a free base', 'Wait', 'Wait'],
    ['a base taken in a nested scope', 'Pass', 'Pass (1)'],
    ['a numbered base that is taken', 'X', 'X (1)'],
  ])('for %s gives the first free name', (_, base, expected) => {
    expect(uniqueStateName(nestedMachine(), base)).toBe(expected);
  });

  it('counts on from a numbered base and never exceeds 80 characters', () => {
    const def = chain('Pass', 'Pass (1)', 'Pass (2)');
    expect(uniqueStateName(def, 'Pass (1)')).toBe('Pass (3)');
    const long = 'L'.repeat(80);
    const name = uniqueStateName(chain(long), long);
    expect(name).toBe('L'.repeat(76) + ' (1)');
  });
});
