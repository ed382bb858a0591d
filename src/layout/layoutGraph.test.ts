import { describe, expect, it } from 'vitest';
import { toGraph } from '../asl/graph';
import type { StateMachine } from '../asl/types';
import { LayoutCache, type BlockLayout } from './cache';
import { layoutGraph } from './layoutGraph';
import { layoutProblems } from './layoutChecks';
import { randomDefinition } from './randomDefinition';
import type { GraphLayout, PositionedNode } from './types';

const layoutOf = (def: unknown, cache: LayoutCache | false = false): GraphLayout => layoutGraph(toGraph(def), { cache });
const box = (layout: GraphLayout, id: string): PositionedNode => {
  const found = layout.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const centerX = (n: PositionedNode) => n.x + n.width / 2;

const chain: StateMachine = {
  StartAt: 'A',
  States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'C' }, C: { Type: 'Succeed' } },
};

const diamond: StateMachine = {
  StartAt: 'Check',
  States: {
    Check: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Yes' }], Default: 'No' },
    Yes: { Type: 'Pass', Next: 'Join' },
    No: { Type: 'Pass', Next: 'Join' },
    Join: { Type: 'Succeed' },
  },
};

const nested: StateMachine = {
  StartAt: 'Fan',
  States: {
    Fan: {
      Type: 'Parallel',
      Next: 'Each',
      Branches: [
        { StartAt: 'A1', States: { A1: { Type: 'Pass', Next: 'A2' }, A2: { Type: 'Succeed' } } },
        { StartAt: 'Check', States: diamond.States },
        { StartAt: 'Long name for a state in the third branch', States: { 'Long name for a state in the third branch': { Type: 'Succeed' } } },
      ],
    },
    Each: {
      Type: 'Map',
      End: true,
      ItemProcessor: {
        StartAt: 'Poll',
        States: {
          Poll: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Ready?' },
          'Ready?': { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'Inner' }], Default: 'Wait' },
          Wait: { Type: 'Wait', Seconds: 5, Next: 'Poll' },
          Inner: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'Deep', States: { Deep: { Type: 'Succeed' } } }] },
        },
      },
    },
  },
};

describe('layoutGraph', () => {
  it('stacks a chain top to bottom on one axis', () => {
    const layout = layoutOf(chain);
    const [a, b, c] = ['A', 'B', 'C'].map((id) => box(layout, id));
    expect(a.y + a.height).toBeLessThan(b.y);
    expect(b.y + b.height).toBeLessThan(c.y);
    expect(centerX(a)).toBe(centerX(b));
    expect(box(layout, '__start__').y).toBeLessThan(a.y);
    expect(box(layout, '__end__').y).toBeGreaterThan(c.y);
  });

  it('puts the two arms of a Choice side by side, between the Choice and the join', () => {
    const layout = layoutOf(diamond);
    const [check, yes, no, join] = ['Check', 'Yes', 'No', 'Join'].map((id) => box(layout, id));
    expect(yes.y).toBe(no.y);
    expect(yes.x === no.x).toBe(false);
    expect(check.y).toBeLessThan(yes.y);
    expect(join.y).toBeGreaterThan(yes.y);
  });

  it('places the branches of a Parallel side by side, top-aligned, at one height', () => {
    const layout = layoutOf(nested);
    const branches = [0, 1, 2].map((i) => box(layout, `Fan::branch:${i}`));
    expect(new Set(branches.map((b) => b.y)).size).toBe(1);
    expect(new Set(branches.map((b) => b.height)).size).toBe(1);
    expect(branches[0].x + branches[0].width).toBeLessThan(branches[1].x);
    expect(branches[1].x + branches[1].width).toBeLessThan(branches[2].x);
    expect(branches.every((b) => b.parentId === 'Fan')).toBe(true);
  });

  it('sizes a state by its label, within bounds, and markers as small circles', () => {
    const layout = layoutOf(nested);
    expect(box(layout, 'A1')).toMatchObject({ width: 200, height: 44 });
    expect(box(layout, 'Long name for a state in the third branch').width).toBeGreaterThan(200);
    expect(box(layout, '__start__')).toMatchObject({ width: 24, height: 24 });
  });

  it('gives positions relative to the parent group', () => {
    const layout = layoutOf(nested);
    const deep = box(layout, 'Deep');
    expect(deep.parentId).toBe('Inner::branch:0');
    const group = box(layout, 'Inner::branch:0');
    expect(deep.x + deep.width).toBeLessThanOrEqual(group.width);
    expect(deep.y + deep.height).toBeLessThanOrEqual(group.height);
  });

  it.each([
    ['a chain', chain],
    ['a diamond', diamond],
    ['nested Parallel and Map', nested],
    ['100 random states', randomDefinition(100, 1)],
    ['500 random states', randomDefinition(500, 2)],
    ['1,000 random states', randomDefinition(1000, 3)],
  ])('lays out %s with no overlapping siblings and every child inside its parent', (_name, def) => {
    const layout = layoutOf(def);
    expect(layoutProblems(layout)).toEqual([]);
    expect(layout.nodes).toHaveLength(toGraph(def).nodes.length);
  });

  it('returns an edge route for every edge, inside the same coordinates as its nodes', () => {
    const layout = layoutOf(diamond);
    const graph = toGraph(diamond);
    expect(layout.edges.map((e) => e.id)).toEqual(graph.edges.map((e) => e.id));
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    const toYes = layout.edges.find((e) => e.id === 'choice:/States/Check/Choices/0/Next')!;
    const yes = box(layout, 'Yes');
    const end = toYes.points[toYes.points.length - 1];
    expect(end.y).toBeCloseTo(yes.y, 0);
  });

  it('is deterministic: the same graph gives the same layout, cached or not', () => {
    const def = randomDefinition(300, 11);
    const cold = layoutOf(def, false);
    expect(layoutOf(def, false)).toEqual(cold);
    const cache = new LayoutCache();
    expect(layoutOf(def, cache)).toEqual(cold);
    expect(layoutOf(def, cache)).toEqual(cold);
  });

  it('lays out nothing again after an edit that changes no edge and no size', () => {
    class CountingCache extends LayoutCache {
      stores = 0;
      override set(key: string, layout: BlockLayout): void {
        this.stores++;
        super.set(key, layout);
      }
    }
    const cache = new CountingCache();
    const def = randomDefinition(200, 5);
    const before = layoutOf(def, cache);
    expect(cache.stores).toBeGreaterThan(0);
    cache.stores = 0;
    const edited = structuredClone(def);
    const first = Object.values(edited.States)[0];
    first.Comment = 'edited';
    expect(layoutOf(edited, cache)).toEqual(before);
    expect(cache.stores).toBe(0);
  });

  it('honours a custom measure for leaves', () => {
    const layout = layoutGraph(toGraph(chain), { cache: false, measure: () => ({ width: 100, height: 30 }) });
    expect(box(layout, 'B')).toMatchObject({ width: 100, height: 30 });
  });

  it('covers every top-level node with the overall size', () => {
    const layout = layoutOf(nested);
    for (const n of layout.nodes.filter((node) => node.parentId === undefined)) {
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('does not lose nodes of a graph whose parent links are broken', () => {
    const layout = layoutGraph(
      {
        nodes: [
          { id: 'child', kind: 'state', label: 'child', parentId: 'later', pointer: '', queryLanguage: 'JSONPath' },
          { id: 'later', kind: 'group-branch', label: 'g', pointer: '', queryLanguage: 'JSONPath' },
          { id: 'orphan', kind: 'state', label: 'orphan', parentId: 'missing', pointer: '', queryLanguage: 'JSONPath' },
        ],
        edges: [{ id: 'e', source: 'child', target: 'nobody', kind: 'next', pointer: '' }],
        unresolved: [],
      },
      { cache: false },
    );
    expect(layout.nodes.map((n) => n.id)).toEqual(['child', 'later', 'orphan']);
    expect(layoutProblems(layout)).toEqual([]);
    expect(layout.edges).toEqual([{ id: 'e', points: [] }]);
  });

  it('lays out an empty graph', () => {
    expect(layoutGraph({ nodes: [], edges: [], unresolved: [] })).toEqual({ nodes: [], edges: [], width: 0, height: 0 });
  });

  describe('a long workflow whose Tasks Catch to one shared handler', () => {
    // 60 Tasks in a line, a Choice that skips ahead, and every fifth Task catching to Handle.
    const states: StateMachine['States'] = {};
    const name = (i: number) => `Step${i}`;
    for (let i = 0; i < 60; i++) {
      states[name(i)] = {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Next: i === 59 ? 'Done' : name(i + 1),
        ...(i % 5 === 0 ? { Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handle' }] } : {}),
      };
    }
    states.Skip = { Type: 'Choice', Choices: [{ Variable: '$.fast', BooleanEquals: true, Next: name(40) }], Default: name(0) };
    states.Handle = { Type: 'Pass', Next: 'Failed' };
    states.Failed = { Type: 'Fail', Error: 'Failed' };
    states.Done = { Type: 'Succeed' };
    const def: StateMachine = { StartAt: 'Skip', States: states };
    const graph = toGraph(def);
    const layout = layoutGraph(graph, { cache: false });
    const catchEdges = graph.edges.flatMap((e, i) => (e.kind === 'catch' ? [{ edge: e, points: layout.edges[i].points }] : []));

    it('puts the handler below every catcher, without overlaps', () => {
      expect(layoutProblems(layout)).toEqual([]);
      const handle = box(layout, 'Handle');
      for (const { edge } of catchEdges) expect(box(layout, edge.source).y).toBeLessThan(handle.y);
    });

    it('routes all catchers but the last down one lane right of every state, from side to side', () => {
      const right = Math.max(...layout.nodes.map((n) => n.x + n.width));
      const aside = catchEdges.filter(({ points }) => points.length === 4 && points[1].x > right);
      expect(aside).toHaveLength(catchEdges.length - 1);
      expect(new Set(aside.map(({ points }) => points[1].x)).size).toBe(1);
      for (const { edge, points } of aside) {
        const [source, target] = [box(layout, edge.source), box(layout, edge.target)];
        expect(points[0]).toEqual({ x: source.x + source.width, y: source.y + source.height / 2 });
        expect(points[3]).toEqual({ x: target.x + target.width, y: target.y + target.height / 2 });
      }
      expect(layout.width).toBeGreaterThan(right);
    });
  });

  it('completes a 5,000-state definition', () => {
    const def = randomDefinition(5000, 9);
    const layout = layoutOf(def);
    expect(layout.nodes.length).toBe(toGraph(def).nodes.length);
    expect(layoutProblems(layout)).toEqual([]);
  });
});
