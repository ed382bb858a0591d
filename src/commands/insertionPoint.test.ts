import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { defaultInsertAt } from './insertionPoint';

const def = {
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Next: 'C' },
    C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'B' }] },
    B: { Type: 'Pass', End: true },
    S: { Type: 'Succeed' },
  },
} as unknown as StateMachine;

describe('defaultInsertAt (Enter in the states browser)', () => {
  it.each([
    ['after the selected state', 'A', { after: 'A' }],
    ['before a selected Choice that has no Default', 'C', { before: 'C' }],
    ['before a selected Succeed', 'S', { before: 'S' }],
    ['at the end of the workflow when nothing is selected', null, { edge: { from: 'B', field: 'Next' } }],
    ['at the end of the workflow when the selection is gone', 'Gone', { edge: { from: 'B', field: 'Next' } }],
  ])('goes %s', (_what, selected, expected) => {
    expect(defaultInsertAt(def, selected)).toEqual(expected);
  });

  it('fills an empty machine', () => {
    expect(defaultInsertAt({ StartAt: '', States: {} }, null)).toEqual({ emptyMachine: true });
  });

  it('goes before the last Succeed when no state has End', () => {
    expect(defaultInsertAt({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'S' }, S: { Type: 'Succeed' } } }, null)).toEqual({ before: 'S' });
  });
});
