import { describe, expect, it } from 'vitest';
import { toGraph } from '../../asl/graph';
import { insertState, newState } from '../../asl/ops';
import type { StateMachine } from '../../asl/types';
import { acceptsMove, dropTargetsOf } from './dropTargets';

const def: StateMachine = {
  StartAt: 'Check',
  States: {
    Check: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Fan' }], Default: 'Done' },
    Fan: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Oops' }], End: true }, Oops: { Type: 'Fail' } } },
        { StartAt: '', States: {} },
      ],
      Next: 'Loop',
    },
    Loop: { Type: 'Map', ItemProcessor: { StartAt: 'Each', States: { Each: { Type: 'Pass', End: true } } }, End: true },
    Done: { Type: 'Succeed' },
  },
} as unknown as StateMachine;

describe('dropTargetsOf', () => {
  const graph = toGraph(def);
  const targets = dropTargetsOf(graph);
  const byPointer = (pointer: string) => targets.edges.get(graph.edges.find((e) => e.pointer === pointer)!.id);

  it.each([
    ['the machine StartAt', '/StartAt', { edge: { start: 'machine' } }],
    ['a Choice rule', '/States/Check/Choices/0/Next', { edge: { from: 'Check', field: { choice: 0 } } }],
    ['a Choice Default', '/States/Check/Default', { edge: { from: 'Check', field: 'Default' } }],
    ['a Next', '/States/Fan/Next', { edge: { from: 'Fan', field: 'Next' } }],
    ['an End: true', '/States/Loop/End', { edge: { from: 'Loop', field: 'Next' } }],
    ['a branch StartAt', '/States/Fan/Branches/0/StartAt', { edge: { start: { parallel: 'Fan', branch: 0 } } }],
    ['a catcher', '/States/Fan/Branches/0/States/A/Catch/0/Next', { edge: { from: 'A', field: { catch: 0 } } }],
    ['a processor StartAt', '/States/Loop/ItemProcessor/StartAt', { edge: { start: { map: 'Loop' } } }],
    ['the End of a state in a processor', '/States/Loop/ItemProcessor/States/Each/End', { edge: { from: 'Each', field: 'Next' } }],
  ])('maps %s to its ops edge', (_what, pointer, expected) => {
    expect(byPointer(pointer)).toEqual(expected);
  });

  it('offers no drop on the edge of a Succeed or Fail into End', () => {
    expect(byPointer('/States/Done')).toBeUndefined();
    expect(byPointer('/States/Fan/Branches/0/States/Oops')).toBeUndefined();
  });

  it('offers the empty branch, and only it, as a group target', () => {
    expect([...targets.groups.values()]).toEqual([{ emptyBranch: { parallel: 'Fan', branch: 1 } }]);
    expect(targets.emptyMachine).toBe(false);
  });

  it('every edge target is accepted by insertState', () => {
    for (const at of targets.edges.values()) {
      const r = insertState(def, { state: newState('Pass'), at });
      expect(r.ok, JSON.stringify(at)).toBe(true);
    }
    for (const at of targets.groups.values()) expect(insertState(def, { state: newState('Pass'), at }).ok).toBe(true);
  });

  it('knows an empty machine and an empty Map processor', () => {
    expect(dropTargetsOf(toGraph({ StartAt: '', States: {} })).emptyMachine).toBe(true);
    const emptyMap = { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: { StartAt: '', States: {} }, End: true } } };
    expect([...dropTargetsOf(toGraph(emptyMap)).groups.values()]).toEqual([{ emptyProcessor: { map: 'M' } }]);
  });
});

describe('acceptsMove', () => {
  const parents: Record<string, string> = { A: 'Fan::branch:0', 'Fan::branch:0': 'Fan' };
  const parentOf = (id: string) => parents[id];
  it.each([
    ['its own incoming edge', 'Fan', 'Check', 'Fan', false],
    ['its own outgoing edge', 'Fan', 'Fan', 'Loop', false],
    ['an edge inside itself', 'Fan', 'A', 'Fan::branch:0::end', false],
    ['an edge elsewhere', 'Loop', 'Check', 'Fan', true],
    ['an edge inside another container', 'Loop', 'A', 'Fan::branch:0::end', true],
  ])('a state on %s: %s', (_what, moving, source, target, expected) => {
    expect(acceptsMove(moving, source, target, parentOf)).toBe(expected);
  });
});
