import { describe, expect, it } from 'vitest';
import { stateNameAt } from './statePointer';

describe('stateNameAt: which state the cursor is in', () => {
  it.each([
    ['the machine itself', '', null],
    ['the StartAt field', '/StartAt', null],
    ['the States object', '/States', null],
    ['a top-level state', '/States/Fetch', 'Fetch'],
    ['a field of a state', '/States/Fetch/Parameters/Key', 'Fetch'],
    ['a payload key named States', '/States/Fetch/Parameters/States/x', 'Fetch'],
    ['a Parallel branch state', '/States/P/Branches/0/States/Inner/Next', 'Inner'],
    ['the Branches list of a Parallel', '/States/P/Branches/1', 'P'],
    ['a Map processor state', '/States/M/ItemProcessor/States/Item/Type', 'Item'],
    ['a legacy Iterator state', '/States/M/Iterator/States/Old', 'Old'],
    ['deep nesting', '/States/P/Branches/0/States/M/ItemProcessor/States/Leaf', 'Leaf'],
    ['a name with a slash', '/States/a~1b/Type', 'a/b'],
  ])('%s', (_label, pointer, expected) => {
    expect(stateNameAt(pointer)).toBe(expected);
  });
});
