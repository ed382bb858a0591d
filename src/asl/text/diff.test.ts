import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../types';
import { diffValues } from './diff';

const state = { Type: 'Task', Resource: 'arn', Next: 'B' };

describe('diffValues', () => {
  it('skips identical subtrees without looking inside', () => {
    const shared = { Type: 'Pass', End: true };
    const trap = new Proxy(shared, { ownKeys: () => { throw new Error('walked into a shared subtree'); } });
    const before = { States: { A: trap, B: { Type: 'Wait', Seconds: 1 } } } as unknown as JsonValue;
    const after = { States: { A: trap, B: { Type: 'Wait', Seconds: 2 } } } as unknown as JsonValue;
    expect(diffValues(before, after, 'machine').sets).toEqual([{ path: ['States', 'B', 'Seconds'], value: 2, place: undefined }]);
  });

  it.each<{ name: string; before: JsonValue; after: JsonValue; expected: object }>([
    {
      name: 'a key removed and one added with the same value is a rename',
      before: { States: { A: state, C: { Type: 'Succeed' } } },
      after: { States: { Renamed: state, C: { Type: 'Succeed' } } },
      expected: { renames: [{ from: 'A', to: 'Renamed' }], removes: [], inserts: [] },
    },
    {
      name: 'a state renamed together with its self-reference is still a rename (same position)',
      before: { States: { Loop: { Type: 'Wait', Seconds: 1, Next: 'Loop' }, C: { Type: 'Succeed' } } },
      after: { States: { Again: { Type: 'Wait', Seconds: 1, Next: 'Again' }, C: { Type: 'Succeed' } } },
      expected: { renames: [{ from: 'Loop', to: 'Again' }], removes: [], inserts: [] },
    },
    {
      name: 'a new state goes after its neighbour in the new key order',
      before: { States: { A: state, B: { Type: 'Succeed' } } },
      after: { States: { A: state, New: { Type: 'Pass' }, B: { Type: 'Succeed' } } },
      expected: { renames: [], removes: [], inserts: [{ after: 'A', entries: [['New', { Type: 'Pass' }]] }] },
    },
    {
      name: 'a new state field goes after its canonical predecessor, not at the end',
      before: { States: { A: state } },
      after: { States: { A: { ...state, ResultPath: '$.r' } } },
      expected: { renames: [], removes: [], inserts: [{ after: 'Resource', entries: [['ResultPath', '$.r']] }] },
    },
    {
      name: 'a Comment goes right after Type',
      before: { States: { A: state } },
      after: { States: { A: { ...state, Comment: 'c' } } },
      expected: { renames: [], removes: [], inserts: [{ after: 'Type', entries: [['Comment', 'c']] }] },
    },
  ])('$name', ({ before, after, expected }) => {
    const changes = diffValues(before, after, 'machine');
    expect(changes.objects).toHaveLength(1);
    expect(changes.objects[0]).toMatchObject(expected);
  });

  it('changes only the Choice rule that changed', () => {
    const rule = (n: number) => ({ Variable: '$.x', NumericEquals: n, Next: 'A' });
    const changes = diffValues({ Choices: [rule(1), rule(2), rule(3)] }, { Choices: [rule(1), rule(20), rule(3)] });
    expect(changes).toMatchObject({ sets: [{ path: ['Choices', 1, 'NumericEquals'], value: 20 }], arrays: [], size: 1 });
  });

  it.each([
    { name: 'appends', before: [1, 2], after: [1, 2, 3], expected: { removes: [], inserts: [{ after: 1, values: [3] }] } },
    { name: 'prepends', before: [1, 2], after: [0, 1, 2], expected: { removes: [], inserts: [{ after: -1, values: [0] }] } },
    { name: 'removes from the middle', before: [1, 2, 3], after: [1, 3], expected: { removes: [1], inserts: [] } },
  ])('matches array items by head and tail: $name', ({ before, after, expected }) => {
    expect(diffValues({ a: before }, { a: after }).arrays).toEqual([{ path: ['a'], place: undefined, ...expected }]);
  });

  it('counts nothing when only the key order differs', () => {
    expect(diffValues({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 }).size).toBe(0);
  });
});
