import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../types';
import { checkDefinition } from './checkDefinition';

// A small valid machine; each row below breaks it in one way AWS rejects, and the corpus check must notice.
function base(): JsonObject {
  return {
    StartAt: 'Fan',
    States: {
      Fan: {
        Type: 'Parallel',
        Branches: [{ StartAt: 'Work', States: { Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'Payload.$': '$' }, End: true } } }],
        Next: 'Route',
      },
      Route: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Done' }], Default: 'Broken' },
      Done: { Type: 'Succeed' },
      Broken: { Type: 'Fail', Error: 'Broken' },
    },
  };
}

type Mutation = (d: JsonObject & { States: Record<string, JsonObject> }) => void;
const work = (d: { States: Record<string, JsonObject> }): JsonObject =>
  ((d.States.Fan.Branches as JsonObject[])[0].States as Record<string, JsonObject>).Work;

const cases: [string, Mutation, RegExp][] = [
  ['a Next target that does not exist', (d) => { d.States.Fan.Next = 'Nowhere'; }, /not in the same scope/],
  ['a Next into another scope', (d) => { work(d).Next = 'Done'; delete work(d).End; }, /not in the same scope/],
  ['an unreachable state', (d) => { d.States.Orphan = { Type: 'Succeed' }; }, /cannot be reached/],
  ['a state name reused inside a branch', (d) => { d.States.Work = { Type: 'Pass', End: true }; d.States.Route.Default = 'Work'; d.States.Broken.Type = 'Fail'; }, /is used in/],
  ['a Choice with End', (d) => { d.States.Route.End = true; }, /may not have End/],
  ['a state with both Next and End', (d) => { d.States.Fan.End = true; }, /exactly one of Next/],
  ['Arguments in a JSONPath state', (d) => { work(d).Arguments = {}; }, /may not have Arguments/],
  ['Parameters in a JSONata state', (d) => { d.QueryLanguage = 'JSONata'; delete d.States.Route; d.States.Fan.Next = 'Done'; delete d.States.Broken; }, /may not have Parameters/],
  ['a JSONata expression that does not compile', (d) => { d.States.Done = { Type: 'Succeed', QueryLanguage: 'JSONata', Output: '{% $states.input. %}' }; }, /does not compile/],
  ['an unknown intrinsic', (d) => { work(d).Parameters = { 'x.$': "States.Concat('a', 'b')" }; }, /unknown intrinsic States.Concat/],
  ['a .$ key holding a literal', (d) => { work(d).Parameters = { 'x.$': 'hello' }; }, /neither a path nor an intrinsic/],
  ['HeartbeatSeconds not below TimeoutSeconds', (d) => { Object.assign(work(d), { TimeoutSeconds: 60, HeartbeatSeconds: 60 }); }, /HeartbeatSeconds must be smaller/],
  ['States.ALL before another retrier', (d) => { work(d).Retry = [{ ErrorEquals: ['States.ALL'] }, { ErrorEquals: ['X'] }]; }, /States.ALL must be alone/],
  ['a number field holding a placeholder', (d) => { work(d).TimeoutSeconds = '${Timeout}'; }, /must be a number/],
  ['a JSONPath state inside a JSONata machine', (d) => { d.QueryLanguage = 'JSONata'; work(d).QueryLanguage = 'JSONPath'; }, /JSONPath state in a JSONata state machine/],
  ['$states.errorOutput outside a Catch', (d) => { d.States.Done = { Type: 'Succeed', QueryLanguage: 'JSONata', Output: '{% $states.errorOutput %}' }; }, /errorOutput outside a Catch/],
  ['a Wait with two durations', (d) => { d.States.Fan.Next = 'Pause'; d.States.Pause = { Type: 'Wait', Seconds: 1, SecondsPath: '$.s', Next: 'Route' }; }, /exactly one of Seconds/],
  ['a Map Label with a bad character', (d) => {
    d.States.Fan = { Type: 'Map', Label: 'my label', ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } }, Next: 'Route' };
  }, /Label must be/],
];

describe('checkDefinition (the corpus guard)', () => {
  it('accepts the valid base machine', () => {
    expect(checkDefinition(base(), { numberPlaceholders: false })).toEqual([]);
  });

  it.each(cases)('rejects %s', (_name, mutate, expected) => {
    const definition = base() as JsonObject & { States: Record<string, JsonObject> };
    mutate(definition);
    expect(checkDefinition(definition, { numberPlaceholders: false }).join('\n')).toMatch(expected);
  });

  it('accepts a ${...} number only when the fixture is a _substitution_numbers one', () => {
    const definition = base() as JsonObject & { States: Record<string, JsonObject> };
    work(definition).TimeoutSeconds = '${Timeout}';
    expect(checkDefinition(definition, { numberPlaceholders: true })).toEqual([]);
  });
});
