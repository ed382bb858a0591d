import { describe, expect, it } from 'vitest';
import { runExecution, type HistoryEvent, type TestStateResult } from '../../../engine';
import { inputFromRun, phasesOf, previewText, variablesFromRun } from './previewModel';

const result = (extra: Partial<TestStateResult>): TestStateResult =>
  ({ status: 'SUCCEEDED', input: { a: 1 }, variables: {}, output: { a: 1 }, error: null, cause: null, nextState: null, inspectionData: {} as never, ...extra }) as TestStateResult;

describe('preview phases', () => {
  it('lists the JSONPath phases a Task went through, in order', () => {
    const r = result({ afterInputPath: 1, afterParameters: 2, result: 3, afterResultSelector: 4, afterResultPath: 5, output: 6 });
    expect(phasesOf(r, 'JSONPath').map((p) => p.phase.key)).toEqual(['input', 'afterInputPath', 'afterParameters', 'result', 'afterResultSelector', 'afterResultPath', 'output']);
  });

  it('leaves out phases the state does not have, and the output of a failed run', () => {
    const r = result({ status: 'FAILED', output: null, afterInputPath: { a: 1 } });
    expect(phasesOf(r, 'JSONPath').map((p) => p.phase.key)).toEqual(['input', 'afterInputPath']);
  });

  it('leaves the state output to the catcher when an error was caught', () => {
    const r = result({ status: 'CAUGHT_ERROR', afterParameters: { a: 1 }, output: { error: {} } });
    expect(phasesOf(r, 'JSONPath').map((p) => p.phase.key)).toEqual(['input', 'afterParameters']);
  });

  it('shows Arguments and Output for JSONata', () => {
    const r = result({ afterArguments: { x: 1 }, result: 2 });
    expect(phasesOf(r, 'JSONata').map((p) => p.phase.label)).toEqual(['State input', 'After Arguments', 'Result', 'State output (after Output)']);
  });
});

describe('input from the last run', () => {
  const events = [
    { id: 1, previousEventId: 0, timestamp: '', type: 'ExecutionStarted' },
    { id: 2, previousEventId: 1, timestamp: '', type: 'PassStateEntered', stateEnteredEventDetails: { name: 'A', input: '{"n":1}' } },
    { id: 3, previousEventId: 2, timestamp: '', type: 'PassStateEntered', stateEnteredEventDetails: { name: 'A', input: '{"n":2}' } },
  ] as HistoryEvent[];

  it('takes the latest time the state was entered', () => {
    expect(inputFromRun(events, 'A')).toBe('{\n  "n": 2\n}');
  });

  it('has nothing for a state the run never reached', () => {
    expect(inputFromRun(events, 'B')).toBeUndefined();
    expect(inputFromRun(undefined, 'A')).toBeUndefined();
  });
});

describe('phase boxes', () => {
  it('cuts long values', () => {
    expect(previewText('x'.repeat(50), 10)).toEqual({ text: '"xxxxxxxxx\n…', cut: true });
    expect(previewText({ a: 1 })).toEqual({ text: '{\n  "a": 1\n}', cut: false });
  });
});

describe('variables in scope from the last run', () => {
  const definition = {
    StartAt: 'A',
    States: {
      A: { Type: 'Pass', Assign: { x: 1, who: 'a' }, Next: 'P' },
      P: {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'B1', States: { B1: { Type: 'Pass', Assign: { inner: 2 }, Next: 'B2' }, B2: { Type: 'Pass', End: true } } },
          { StartAt: 'C1', States: { C1: { Type: 'Pass', Assign: { other: 3 }, End: true } } },
        ],
        Assign: { y: 5, who: 'p' },
        Next: 'Z',
      },
      Z: { Type: 'Pass', End: true },
    },
  };

  it.each<[string, Record<string, unknown> | undefined]>([
    ['A', {}],
    ['B2', { x: 1, who: 'a', inner: 2 }],
    ['C1', { x: 1, who: 'a' }],
    ['Z', { x: 1, who: 'p', y: 5 }],
    ['Never', undefined],
  ])('at %s: what earlier states on its path assigned, not what parallel branches did', async (state, expected) => {
    const run = await runExecution(definition as never, { input: {} });
    const text = variablesFromRun(run.events, state);
    expect(text === undefined ? undefined : JSON.parse(text)).toEqual(expected);
  });
});
