import { describe, it, expect } from 'vitest';
import { exec } from './testkit';

describe('variables (Assign)', () => {
  it('JSONPath Assign reads the state result; later states read $name; OutputPath sees the old value', async () => {
    const def = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Result: { answer: 42 }, Assign: { 'x.$': '$.answer', lit: 'text' }, Next: 'B' },
        B: { Type: 'Pass', Parameters: { 'x.$': '$x', 'l.$': '$lit' }, Assign: { x: 'new' }, ResultPath: '$.p', OutputPath: '$x', Next: 'C' },
        C: { Type: 'Pass', OutputPath: '$x', End: true },
      },
    };
    const r = await exec(def);
    expect(r.output).toBe('new');
    const exitedB = r.events?.find((e) => (e.stateExitedEventDetails as { name?: string } | undefined)?.name === 'B');
    expect(exitedB?.stateExitedEventDetails).toMatchObject({ output: '42' });
  });

  it('lets branches and iterations read outer variables without leaking their own', async () => {
    const def = {
      StartAt: 'Set',
      States: {
        Set: { Type: 'Pass', Assign: { outer: 1 }, Next: 'P' },
        P: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', Assign: { inner: 2 }, Parameters: { 'o.$': '$outer' }, Next: 'B2' }, B2: { Type: 'Pass', Parameters: { 'i.$': '$inner', 'o.$': '$outer' }, End: true } } }],
          Next: 'After',
        },
        After: { Type: 'Pass', Parameters: { 'seen.$': '$' }, Next: 'Check' },
        Check: { Type: 'Pass', Parameters: { 'inner.$': '$inner' }, End: true },
      },
    };
    const r = await exec(def);
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain("The JSONPath '$inner' specified for the field 'inner.$' could not be found");
    const after = r.events?.find((e) => (e.stateExitedEventDetails as { name?: string } | undefined)?.name === 'After');
    expect(JSON.parse((after?.stateExitedEventDetails as { output: string }).output)).toEqual({ seen: [{ i: 2, o: 1 }] });
  });

  it('refuses to assign an outer variable from a branch', async () => {
    const def = {
      StartAt: 'Set',
      States: {
        Set: { Type: 'Pass', Assign: { x: 1 }, Next: 'P' },
        P: { Type: 'Parallel', Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', Assign: { x: 2 }, End: true } } }], End: true },
      },
    };
    const r = await exec(def);
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.cause).toContain("Cannot assign the variable 'x'");
  });

  it('keeps Distributed Map child executions apart from the parent\'s variables', async () => {
    const def = {
      StartAt: 'Set',
      States: {
        Set: { Type: 'Pass', Assign: { x: 1 }, Next: 'M' },
        M: { Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED' }, StartAt: 'R', States: { R: { Type: 'Pass', Parameters: { 'v.$': '$x' }, End: true } } }, End: true },
      },
    };
    const r = await exec(def, { input: [1] });
    expect(r.status).toBe('FAILED');
  });

  it('applies a Choice rule\'s Assign when it matches and the state\'s when Default is taken', async () => {
    const def = () => ({
      StartAt: 'C',
      States: {
        C: { Type: 'Choice', Choices: [{ Variable: '$.v', NumericEquals: 1, Assign: { r: 'rule' }, Next: 'E' }], Default: 'E', Assign: { r: 'default' } },
        E: { Type: 'Pass', OutputPath: '$r', End: true },
      },
    });
    expect((await exec(def(), { input: { v: 1 } })).output).toBe('rule');
    expect((await exec(def(), { input: { v: 2 } })).output).toBe('default');
  });
});
