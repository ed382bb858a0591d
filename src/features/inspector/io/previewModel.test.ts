import { describe, expect, it } from 'vitest';
import type { HistoryEvent, TestStateResult } from '../../../engine';
import { inputFromRun, phasesOf, previewText } from './previewModel';

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
