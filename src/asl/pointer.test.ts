import { describe, expect, it } from 'vitest';
import { childPointer, fromPointer, toPointer } from './pointer';

describe('JSON pointers', () => {
  it.each([
    [['States', 'A', 'Next'], '/States/A/Next'],
    [['States', 'a/b', 'Next'], '/States/a~1b/Next'],
    [['States', 'x~y'], '/States/x~0y'],
    [['Branches', 0, 'States'], '/Branches/0/States'],
    [[], ''],
  ] as const)('%j <-> %s', (segments, pointer) => {
    expect(toPointer(segments)).toBe(pointer);
    expect(fromPointer(pointer)).toEqual(segments.map(String));
  });

  it('appends children with escaping', () => {
    expect(childPointer('/States', 'A/B', 'Catch', 0)).toBe('/States/A~1B/Catch/0');
  });
});
