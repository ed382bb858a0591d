import { describe, expect, it } from 'vitest';
import { toGraph, type GraphNode } from '../../asl/graph';
import type { StateMachine } from '../../asl/types';
import { layoutGraph } from '../../layout';
import { measureNode } from './measure';
import { firstStateOf, neighbourOf, type Box, type WalkDirection } from './neighbours';

const workflow = {
  StartAt: 'Validate',
  States: {
    Validate: { Type: 'Pass', Next: 'Route' },
    Route: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Approve' }], Default: 'Reject' },
    Approve: { Type: 'Pass', Next: 'Fan' },
    Reject: { Type: 'Fail', Error: 'Rejected' },
    Fan: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'L1', States: { L1: { Type: 'Pass', Next: 'L2' }, L2: { Type: 'Pass', End: true } } },
        { StartAt: 'R1', States: { R1: { Type: 'Pass', End: true } } },
      ],
      Next: 'Each',
    },
    Each: { Type: 'Map', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, Next: 'Notify' },
    Notify: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handle' }], Next: 'Wait' },
    Wait: { Type: 'Wait', Seconds: 5, Next: 'Check' },
    Check: { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: false, Next: 'Wait' }], Default: 'Done' },
    Done: { Type: 'Succeed' },
    Handle: { Type: 'Fail' },
  },
} as StateMachine;

/** The graph as the canvas draws it: real layout, boxes made absolute as React Flow does. */
function laidOut(def: StateMachine) {
  const graph = toGraph(def);
  const layout = layoutGraph(graph, { measure: measureNode, cache: false });
  const local = new Map(layout.nodes.map((n) => [n.id, n]));
  const boxOf = (id: string): Box | undefined => {
    const n = local.get(id);
    if (!n) return undefined;
    const parent = n.parentId === undefined ? { x: 0, y: 0 } : boxOf(n.parentId)!;
    return { x: parent.x + n.x, y: parent.y + n.y, width: n.width, height: n.height };
  };
  return { graph, boxOf };
}

describe('neighbourOf: Up and Down follow the transitions', () => {
  const { graph, boxOf } = laidOut(workflow);
  it.each<[string, WalkDirection, string | undefined]>([
    ['Validate', 'down', 'Route'],
    ['Validate', 'up', undefined],
    ['Route', 'down', 'Approve'],
    ['Reject', 'up', 'Route'],
    ['Approve', 'down', 'Fan'],
    ['Fan', 'down', 'L1'],
    ['L1', 'down', 'L2'],
    ['L2', 'down', 'Each'],
    ['R1', 'down', 'Each'],
    ['L1', 'up', 'Fan'],
    ['R1', 'up', 'Fan'],
    ['Each', 'up', 'Fan'],
    ['Each', 'down', 'I'],
    ['I', 'down', 'Notify'],
    ['I', 'up', 'Each'],
    ['Notify', 'down', 'Wait'],
    ['Handle', 'up', 'Notify'],
    ['Wait', 'up', 'Notify'],
    ['Check', 'down', 'Done'],
    ['Done', 'down', undefined],
    ['Handle', 'down', undefined],
  ])('%s, %s: %s', (from, direction, expected) => {
    expect(neighbourOf(graph, from, direction, boxOf)).toBe(expected);
  });

  it('names the first state when nothing is selected yet', () => {
    expect(firstStateOf(graph)).toBe('Validate');
    expect(firstStateOf(toGraph({ StartAt: '', States: {} } as StateMachine))).toBeUndefined();
  });
});

describe('neighbourOf: Left and Right stay on the row', () => {
  it('walks between the branches of a Choice and of a Parallel, both ways', () => {
    const { graph, boxOf } = laidOut(workflow);
    for (const [a, b] of [['Approve', 'Reject'], ['L1', 'R1']]) {
      const leftToRight = boxOf(a)!.x < boxOf(b)!.x ? [a, b] : [b, a];
      expect(neighbourOf(graph, leftToRight[0], 'right', boxOf)).toBe(leftToRight[1]);
      expect(neighbourOf(graph, leftToRight[1], 'left', boxOf)).toBe(leftToRight[0]);
    }
  });

  // A B C on one row, D below; P a tall container holding Q, level with the row.
  const state = (id: string, parentId?: string): GraphNode => ({ id, kind: 'state', stateName: id, label: id, pointer: `/States/${id}`, queryLanguage: 'JSONPath', ...(parentId ? { parentId } : {}) });
  const nodes: GraphNode[] = [
    state('A'),
    state('B'),
    state('C'),
    state('D'),
    state('P'),
    { id: 'P::branch:0', kind: 'group-branch', label: 'Branch 1', parentId: 'P', pointer: '/States/P/Branches/0', queryLanguage: 'JSONPath' },
    state('Q', 'P::branch:0'),
  ];
  const boxes: Record<string, Box> = {
    A: { x: 0, y: 0, width: 100, height: 40 },
    B: { x: 150, y: 0, width: 100, height: 40 },
    C: { x: 300, y: 10, width: 100, height: 40 },
    D: { x: 150, y: 300, width: 100, height: 40 },
    P: { x: 450, y: -50, width: 200, height: 300 },
    'P::branch:0': { x: 460, y: -20, width: 180, height: 260 },
    Q: { x: 470, y: 0, width: 100, height: 40 },
  };
  it.each<[string, WalkDirection, string | undefined]>([
    ['A', 'right', 'B'],
    ['B', 'right', 'C'],
    ['B', 'left', 'A'],
    ['A', 'left', undefined],
    ['D', 'right', undefined],
    ['D', 'left', undefined],
    ['C', 'right', 'Q'],
    ['Q', 'left', 'C'],
    ['P', 'left', 'C'],
    ['Q', 'right', undefined],
  ])('%s, %s: %s', (from, direction, expected) => {
    expect(neighbourOf({ nodes, edges: [] }, from, direction, (id) => boxes[id])).toBe(expected);
  });
});
