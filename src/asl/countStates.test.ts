import { describe, expect, it } from 'vitest';
import { countStates } from './countStates';

describe('countStates', () => {
  it.each([
    ['no definition', undefined, 0],
    ['States not an object', { StartAt: 'A', States: 3 }, 0],
    ['two top-level states', { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } }, 2],
    [
      'a Parallel with two branches and a Map inside one',
      {
        StartAt: 'P',
        States: {
          P: {
            Type: 'Parallel',
            End: true,
            Branches: [
              { StartAt: 'X', States: { X: { Type: 'Pass', End: true } } },
              { StartAt: 'M', States: { M: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'Y', States: { Y: { Type: 'Pass', End: true } } } } } },
            ],
          },
        },
      },
      4,
    ],
    ['a legacy Iterator', { StartAt: 'M', States: { M: { Type: 'Map', End: true, Iterator: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } } } } }, 2],
  ])('%s -> %i', (_name, definition, expected) => {
    expect(countStates(definition)).toBe(expected);
  });
});
