import { describe, it, expect } from 'vitest';
import { exec, single } from './testkit';

const lambda = 'arn:aws:states:::lambda:invoke';

describe('JSONata states', () => {
  it('outputs the input by default and Output when given', async () => {
    expect((await exec(single({ Type: 'Pass', QueryLanguage: 'JSONata' }), { input: { a: 1 } })).output).toEqual({ a: 1 });
    const r = await exec(single({ Type: 'Pass', QueryLanguage: 'JSONata', Output: { sum: '{% $states.input.a + 1 %}', lit: ' {% not %} ' } }), { input: { a: 1 } });
    expect(r.output).toEqual({ sum: 2, lit: ' {% not %} ' });
  });

  it('gives Task Output the result as $states.result and defaults the output to the result', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: lambda, Arguments: { Payload: '{% $states.input.n * 2 %}' }, Output: { got: '{% $states.result.Payload %}', was: '{% $states.input.n %}' }, Next: 'U' },
        U: { Type: 'Task', Resource: lambda, End: true },
      },
    };
    const seen: unknown[] = [];
    const r = await exec(def, { input: { n: 2 }, handlers: { T: (i) => { seen.push(i.input); return { result: { Payload: 4 } }; }, U: () => ({ result: 'raw' }) } });
    expect(seen).toEqual([{ Payload: 4 }]);
    expect(r.output).toBe('raw');
  });

  it('evaluates Assign and Output against the variables as they were before the state', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { x: 1 }, Next: 'B' },
        B: { Type: 'Pass', Assign: { x: '{% $x + 10 %}' }, Output: { old: '{% $x %}' }, Next: 'C' },
        C: { Type: 'Pass', Output: { now: '{% $x %}' }, End: true },
      },
    };
    const r = await exec(def);
    expect(r.types).toContain('PassStateExited');
    expect(r.output).toEqual({ now: 11 });
    const exitedB = r.events?.find((e) => e.type === 'PassStateExited' && (e.stateExitedEventDetails as { name: string }).name === 'B');
    expect(exitedB?.stateExitedEventDetails).toMatchObject({ output: '{"old":1}', assignedVariables: { x: '11' } });
  });

  it('fails with States.QueryEvaluationError and records EvaluationFailed', async () => {
    const r = await exec(single({ Type: 'Pass', QueryLanguage: 'JSONata', Output: { v: '{% $nope %}' } }));
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(r.cause).toBe("An error occurred while executing the state 'S' (entered at the event id #2). The JSONata expression '$nope' specified for the field 'Output/v' returned nothing (undefined).");
    expect(r.types).toEqual(['ExecutionStarted', 'PassStateEntered', 'EvaluationFailed', 'ExecutionFailed']);
  });

  it('mixes query languages state by state', async () => {
    const def = {
      StartAt: 'J',
      States: {
        J: { Type: 'Pass', QueryLanguage: 'JSONata', Output: { v: '{% $states.input.a %}' }, Next: 'P' },
        P: { Type: 'Pass', Parameters: { 'w.$': '$.v' }, End: true },
      },
    };
    expect((await exec(def, { input: { a: 5 } })).output).toEqual({ w: 5 });
  });

  it('uses a seeded $random and $uuid (same seed, same values)', async () => {
    const def = single({ Type: 'Pass', QueryLanguage: 'JSONata', Output: { r: '{% $random() %}', u: '{% $uuid() %}' } });
    const a = await exec(def, { seed: 9 });
    const b = await exec(def, { seed: 9 });
    expect(a.output).toEqual(b.output);
  });
});
