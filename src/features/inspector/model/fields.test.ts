import { describe, expect, it } from 'vitest';
import { hasAssign, hasErrorHandling, ioFields } from './fields';

describe('Input/Output fields', () => {
  it.each([
    ['Task', 'JSONPath', ['InputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'OutputPath']],
    ['Pass', 'JSONPath', ['InputPath', 'Parameters', 'ResultPath', 'OutputPath']],
    ['Choice', 'JSONPath', ['InputPath', 'OutputPath']],
    ['Fail', 'JSONPath', []],
    ['Task', 'JSONata', ['Arguments', 'Output']],
    ['Pass', 'JSONata', ['Output']],
    ['Fail', 'JSONata', []],
  ] as const)('a %s state in %s shows %j', (type, language, keys) => {
    expect(ioFields(type, language).map((f) => f.key)).toEqual(keys);
  });

  it('offers Retry/Catch only where ASL allows them, and Assign everywhere but Succeed and Fail', () => {
    expect(['Task', 'Parallel', 'Map', 'Pass', 'Choice'].map((t) => hasErrorHandling(t as never))).toEqual([true, true, true, false, false]);
    expect(['Pass', 'Choice', 'Succeed', 'Fail'].map((t) => hasAssign(t as never))).toEqual([true, true, false, false]);
  });
});
