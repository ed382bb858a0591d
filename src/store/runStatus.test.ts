import { describe, expect, it } from 'vitest';
import type { JsonValue, StateMachine } from '../asl/types';
import { startExecution, type ExecutionOptions, type HistoryEvent } from '../engine';
import { RunStatusTracker } from './runStatus';

async function eventsOf(definition: JsonValue, options: ExecutionOptions = {}, stopAfterMs?: number): Promise<HistoryEvent[]> {
  const ex = startExecution(definition as unknown as StateMachine, options);
  if (stopAfterMs !== undefined) setTimeout(() => ex.stop(), stopAfterMs);
  await ex.done;
  return [...ex.events.list];
}

const fails = (name = 'Boom') => () => {
  throw Object.assign(new Error('it broke'), { name });
};

const cases: Array<[string, JsonValue, ExecutionOptions, Record<string, string>]> = [
  [
    'a straight run succeeds state by state',
    { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } },
    {},
    { A: 'succeeded', B: 'succeeded' },
  ],
  [
    'a caught error marks the task caught and the handler runs',
    {
      StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:1:function:f', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H' }], Next: 'Ok' },
        Ok: { Type: 'Succeed' },
        H: { Type: 'Pass', End: true },
      },
    },
    { handlers: { T: fails() } },
    { T: 'caught', H: 'succeeded' },
  ],
  [
    'a task that succeeds on retry is succeeded',
    { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:1:function:f', Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 2 }], End: true } } },
    { handlers: { T: (i) => (i.retryCount === 0 ? fails()() : { ok: true }) } },
    { T: 'succeeded' },
  ],
  [
    'an unanswered task fails the execution and is failed',
    { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', End: true } } },
    {},
    { T: 'failed' },
  ],
  [
    'a Fail state is failed',
    { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'F' }, F: { Type: 'Fail', Error: 'E' } } },
    {},
    { A: 'succeeded', F: 'failed' },
  ],
  [
    'a Choice with no match is failed',
    { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'D' }] }, D: { Type: 'Succeed' } } },
    {},
    { C: 'failed' },
  ],
  [
    'a failed Map iteration fails the inner state and the Map, but not the iteration that succeeded',
    {
      StartAt: 'M',
      States: {
        M: { Type: 'Map', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:1:function:f', End: true } } }, Next: 'After' },
        After: { Type: 'Succeed' },
      },
    },
    { input: [1, 2, 3], handlers: { I: (i) => (i.input === 2 ? fails()() : i.input) } },
    { M: 'failed', I: 'failed' },
  ],
  [
    'a Map whose failure is caught is caught, its states succeed where they did',
    {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', Next: 'J' }, J: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:1:function:f', End: true } } },
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H' }],
          End: true,
        },
        H: { Type: 'Pass', End: true },
      },
    },
    { input: [1, 2], handlers: { J: (i) => (i.input === 2 ? fails()() : i.input) } },
    { M: 'caught', I: 'succeeded', J: 'failed', H: 'succeeded' },
  ],
];

describe('RunStatusTracker', () => {
  it.each(cases)('%s', async (_name, definition, options, expected) => {
    const tracker = new RunStatusTracker();
    tracker.apply(await eventsOf(definition, options));
    expect(tracker.statuses()).toEqual(expected);
  });

  it('shows a state as running while it waits, and cancelled when the run is stopped', async () => {
    const def = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'W' }, W: { Type: 'Wait', Seconds: 60, End: true } } };
    const events = await eventsOf(def, { clock: 'real' }, 20);
    const tracker = new RunStatusTracker();
    tracker.apply(events.slice(0, -1));
    expect(tracker.statuses()).toEqual({ A: 'succeeded', W: 'running' });
    tracker.apply(events.slice(-1));
    expect(events.at(-1)?.type).toBe('ExecutionAborted');
    expect(tracker.statuses()).toEqual({ A: 'succeeded', W: 'cancelled' });
  });

  it('shows a loop state stopped on a later visit as cancelled, not by its earlier successes', async () => {
    const def = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 1, Next: 'P' }, P: { Type: 'Pass', Next: 'W' } } };
    const events = await eventsOf(def, { clock: { mode: 'scaled', factor: 100 } }, 55);
    expect(events.filter((e) => e.type === 'WaitStateExited').length).toBeGreaterThan(1);
    const tracker = new RunStatusTracker();
    tracker.apply(events);
    expect(tracker.statuses()).toEqual({ W: 'cancelled', P: 'succeeded' });
  });

  it('gives the same answer however the events are batched', async () => {
    const events = await eventsOf(cases[7][1], cases[7][2]);
    const whole = new RunStatusTracker();
    whole.apply(events);
    const oneByOne = new RunStatusTracker();
    for (const e of events) oneByOne.apply([e]);
    expect(oneByOne.statuses()).toEqual(whole.statuses());
  });

  it('names the state each event belongs to', async () => {
    const events = await eventsOf(cases[1][1], cases[1][2]);
    const tracker = new RunStatusTracker();
    tracker.apply(events);
    const failed = events.find((e) => e.type === 'LambdaFunctionFailed')!;
    expect(tracker.stateOf(failed.id)).toBe('T');
    const exited = events.find((e) => e.type === 'TaskStateExited')!;
    expect(tracker.stateOf(exited.id)).toBe('T');
    expect(tracker.stateOf(events.at(-1)!.id)).toBeNull();
    expect(tracker.stateOf(events[0].id)).toBeNull();
  });

  it('keeps the same snapshot object while nothing changed', () => {
    const tracker = new RunStatusTracker();
    const first = tracker.statuses();
    tracker.apply([]);
    expect(tracker.statuses()).toBe(first);
  });
});
