import { describe, expect, it } from 'vitest';
import type { StateMachine, StateMachineFragment } from '../../asl/types';
import { createStudioStore } from '../../store';
import { definitionOf, run } from '../commandTestKit';
import { moveStateDownCommand, moveStateUpCommand } from './moveStep';

const text = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Next": "B" },
    "B": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Handle" }],
      "Next": "Fan"
    },
    "Fan": {
      "Type": "Parallel",
      "Branches": [{ "StartAt": "X", "States": { "X": { "Type": "Pass", "Next": "Y" }, "Y": { "Type": "Pass", "End": true } } }],
      "Next": "Route"
    },
    "Route": { "Type": "Choice", "Choices": [{ "Variable": "$.ok", "BooleanEquals": true, "Next": "Log" }], "Default": "Merge" },
    "Log": { "Type": "Pass", "Next": "Merge" },
    "Merge": { "Type": "Pass", "Next": "Tail" },
    "Tail": { "Type": "Pass", "Next": "Done" },
    "Done": { "Type": "Succeed" },
    "Handle": { "Type": "Fail", "Error": "Oops" }
  }
}
`;

/** The states of a scope in run order, following Next from StartAt. */
function order(scope: StateMachineFragment): string[] {
  const out: string[] = [];
  for (let at: string | undefined = scope.StartAt; at !== undefined && !out.includes(at); at = (scope.States[at] as { Next?: string }).Next) out.push(at);
  return out;
}
const fan = (def: StateMachine) => (def.States.Fan as { Branches: StateMachineFragment[] }).Branches[0];
const up = moveStateUpCommand;
const down = moveStateDownCommand;

describe('state.moveUp / state.moveDown', () => {
  it.each([
    ['the first state down', down, 'A', ['B', 'A', 'Fan', 'Route']],
    ['the second state up (the same swap)', up, 'B', ['B', 'A', 'Fan', 'Route']],
    ['a Parallel up, as one block', up, 'Fan', ['A', 'Fan', 'B', 'Route']],
  ])('given a workflow, when %s, then the top-level run order follows', (_what, command, name, then) => {
    const store = createStudioStore(text);
    expect(run(store, command, { name })).toBeUndefined();
    expect(order(definitionOf(store))).toEqual(then);
  });

  it('given A -> B with a catcher on B, when B moves up, then B starts the workflow and keeps its Catch', () => {
    const store = createStudioStore(text);
    run(store, up, { name: 'B' });
    const def = definitionOf(store);
    expect(def.StartAt).toBe('B');
    expect(def.States.B).toMatchObject({ Next: 'A', Catch: [{ Next: 'Handle' }] });
    expect(def.States.A).toEqual({ Type: 'Pass', Next: 'Fan' });
  });

  it('given a merge point reached from a Choice and a Pass, when it moves down, then both now reach the state after it', () => {
    const store = createStudioStore(text);
    run(store, down, { name: 'Merge' });
    const def = definitionOf(store);
    expect(def.States.Route).toMatchObject({ Default: 'Tail' });
    expect(def.States.Log).toEqual({ Type: 'Pass', Next: 'Tail' });
    expect(def.States.Tail).toEqual({ Type: 'Pass', Next: 'Merge' });
    expect(def.States.Merge).toEqual({ Type: 'Pass', Next: 'Done' });
    // Moving the state after it up is the same swap.
    const other = createStudioStore(text);
    run(other, up, { name: 'Tail' });
    expect(definitionOf(other)).toEqual(def);
  });

  it('given a branch X -> Y, when X moves down, then the branch starts at Y and X ends it', () => {
    const store = createStudioStore(text);
    run(store, down, { name: 'X' });
    expect(fan(definitionOf(store))).toEqual({ StartAt: 'Y', States: { X: { Type: 'Pass', End: true }, Y: { Type: 'Pass', Next: 'X' } } });
  });

  it('is one undo step named after the move; undo restores the exact text and redo the move', () => {
    const store = createStudioStore(text);
    run(store, down, { name: 'A' });
    const after = store.getState().text;
    expect(store.getState().past.map((e) => e.label)).toEqual(['Move A down']);
    store.getState().undo();
    expect(store.getState().text).toBe(text);
    store.getState().redo();
    expect(store.getState().text).toBe(after);
  });

  it.each([
    ['the first state up', up, 'A', /"A" is already the first state of the workflow/],
    ['the first state of a branch up', up, 'X', /"X" is already the first state of branch 1 of "Fan"/],
    ['the End state of a branch down', down, 'Y', /"Y" is already the last state of branch 1 of "Fan"/],
    ['a Succeed down', down, 'Done', /"Done" is a Succeed state: it ends the workflow/],
    ['a Choice down', down, 'Route', /"Route" is a Choice state: it has several successors/],
    ['a Choice up', up, 'Route', /Choice "Route" cannot move above "Fan"/],
    ['a state down past a Choice', down, 'Fan', /"Fan" cannot move below Choice "Route"/],
    ['a state down past a Succeed', down, 'Tail', /nothing can follow a Succeed state/],
    ['a Succeed up', up, 'Done', /"Done" cannot move above "Tail": nothing can follow a Succeed state/],
    ['a Choice branch up past its Choice', up, 'Log', /cannot move above Choice "Route"/],
    ['a merge point up', up, 'Merge', /reached from several states \("Route", "Log"\)/],
    ['a state down into a merge point', down, 'Log', /"Merge" is also reached from "Route"/],
    ['a catch handler up', up, 'Handle', /reached only through a catcher of "B"/],
    ['an unknown state', up, 'Nope', /There is no state "Nope"/],
  ])('refuses %s with a reason and leaves the text and history alone', (_what, command, name, message) => {
    const store = createStudioStore(text);
    expect(run(store, command, { name })).toMatch(message);
    expect(store.getState().text).toBe(text);
    expect(store.getState().past).toHaveLength(0);
  });
});
