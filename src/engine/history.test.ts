import { describe, it, expect } from 'vitest';
import { exec, single } from './testkit';
import { History } from './history';

const lambdaArn = 'arn:aws:lambda:us-east-1:111111111111:function:f';
const invoke = 'arn:aws:states:::lambda:invoke';

describe('history event sequences (as GetExecutionHistory)', () => {
  it.each<[string, unknown, string[]]>([
    ['Pass', single({ Type: 'Pass' }), ['PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']],
    ['Succeed', single({ Type: 'Succeed' }), ['SucceedStateEntered', 'SucceedStateExited', 'ExecutionSucceeded']],
    ['Fail', single({ Type: 'Fail', Error: 'E' }), ['FailStateEntered', 'ExecutionFailed']],
    ['Wait', single({ Type: 'Wait', Seconds: 3 }), ['WaitStateEntered', 'WaitStateExited', 'ExecutionSucceeded']],
    ['Choice', { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: false, Next: 'D' }] }, D: { Type: 'Succeed' } } }, ['ChoiceStateEntered', 'ChoiceStateExited', 'SucceedStateEntered', 'SucceedStateExited', 'ExecutionSucceeded']],
    ['Task (Lambda ARN)', single({ Type: 'Task', Resource: lambdaArn }), ['TaskStateEntered', 'LambdaFunctionScheduled', 'LambdaFunctionStarted', 'LambdaFunctionSucceeded', 'TaskStateExited', 'ExecutionSucceeded']],
    ['Task (service)', single({ Type: 'Task', Resource: invoke }), ['TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded']],
    ['Parallel', single({ Type: 'Parallel', Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', End: true } } }] }), ['ParallelStateEntered', 'ParallelStateStarted', 'PassStateEntered', 'PassStateExited', 'ParallelStateExited', 'ExecutionSucceeded']],
    ['Map (empty)', single({ Type: 'Map', ItemProcessor: { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } } }), ['MapStateEntered', 'MapStateStarted', 'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded']],
  ])('%s', async (_name, def, types) => {
    const r = await exec(def, { input: [], handlers: { S: () => ({ result: 1 }) } });
    expect(r.types).toEqual(['ExecutionStarted', ...types]);
  });

  it('uses AWS detail objects, ids and previousEventId', async () => {
    const r = await exec(single({ Type: 'Task', Resource: invoke, Parameters: { Payload: 1 } }), { input: { a: 1 }, handlers: { S: () => ({ result: { ok: true } }) } });
    const ev = r.events ?? [];
    expect(ev.map((e) => [e.id, e.previousEventId])).toEqual([[1, 0], [2, 0], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6]]);
    expect(ev[0].executionStartedEventDetails).toMatchObject({ input: '{"a":1}', inputDetails: { truncated: false } });
    expect(ev[1].stateEnteredEventDetails).toEqual({ name: 'S', input: '{"a":1}', inputDetails: { truncated: false } });
    expect(ev[2].taskScheduledEventDetails).toEqual({ resourceType: 'lambda', resource: 'invoke', region: 'us-east-1', parameters: '{"Payload":1}' });
    expect(ev[3].taskStartedEventDetails).toEqual({ resourceType: 'lambda', resource: 'invoke' });
    expect(ev[4].taskSucceededEventDetails).toEqual({ resourceType: 'lambda', resource: 'invoke', output: '{"ok":true}', outputDetails: { truncated: false } });
    expect(ev[6].executionSucceededEventDetails).toEqual({ output: '{"ok":true}', outputDetails: { truncated: false } });
    expect(ev[0].timestamp).toBe('2024-01-01T00:00:00.000Z');
  });

  it('delivers events to subscribers in batches, the recorded ones first', () => {
    let t = 0;
    const h = new History(true, () => t, Infinity);
    h.add('A', 0);
    const seen: string[][] = [];
    h.subscribe((batch) => seen.push(batch.map((e) => e.type)));
    t = 5;
    h.addEntered('PassStateEntered', 1, 'S', { x: 1 });
    h.flush();
    expect(seen).toEqual([['A'], ['PassStateEntered']]);
    expect(h.list()[1]).toMatchObject({ id: 2, timestamp: '1970-01-01T00:00:00.005Z' });
  });

  it('counts ids without keeping events when recordHistory is false', async () => {
    const r = await exec(single({ Type: 'Pass' }), { recordHistory: false });
    expect(r.events).toBeUndefined();
    expect(r.eventCount).toBe(4);
  });
});
